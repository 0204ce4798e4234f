'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import {
  addBusinessContactAction,
  addHiringNeedAction,
  addInteractionAction,
  closeEmployerFileAction,
  recordHireAction,
  reopenEmployerFileAction,
  setHiringNeedStatusAction,
  updateBusinessAction,
  updateBusinessContactAction,
  updateEmployerFileAction,
} from '@/app/(app)/employers/actions';
import { ActionForm, type ActionFormProps } from '@/components/forms/action-form';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { BUSINESS_SIZE_BANDS, EMPLOYER_FILE_CLOSURE_REASONS, HIRING_NEED_STATUSES, INTERACTION_KINDS, NAICS_SECTORS, RECRUITMENT_CHANNELS } from '@/db/enums/employers';
import {
  addContactInput,
  addHireInput,
  addInteractionInput,
  addNeedInput,
  closeFileInput,
  needStatusInput,
  reopenFileInput,
  updateBusinessInput,
  updateContactInput,
  updateFileInput,
} from '@/lib/employers/schemas';
import { todayInQuebec } from '@/lib/persons/schemas';

// The forms of an employer file, each on the generic ActionForm (field errors on their fields, a stale
// version offers a reload, creates carry an idempotency key), except the file's own details, whose
// recruitment channels are checkboxes.

type Option = { value: string; label: string };

function useCommon() {
  const t = useTranslations('employers.fields');
  const tFile = useTranslations('employers.file');
  const tEnums = useTranslations('employers.enums');
  const common: Pick<ActionFormProps, 'dateHint' | 'reloadLabel'> = { dateHint: t('dateHint'), reloadLabel: tFile('conflictReload') };
  const choose: Option = { value: '', label: t('choose') };
  return { t, tFile, tEnums, common, choose, today: todayInQuebec() };
}

export interface BusinessValues {
  id: string;
  version: number;
  legalName: string;
  neq: string;
  naicsSector: string;
  sizeBand: string | null;
  mrcId: string;
  city: string;
  address: string | null;
  postalCode: string | null;
}

export function BusinessForm({ business, mrcs }: { business: BusinessValues; mrcs: Option[] }) {
  const { t, tFile, tEnums, common, choose } = useCommon();
  const { id, version, ...values } = business;
  return (
    <ActionForm
      {...common}
      action={updateBusinessAction}
      schema={updateBusinessInput}
      hidden={{ id, version }}
      defaults={{ ...values, sizeBand: values.sizeBand ?? '', address: values.address ?? '', postalCode: values.postalCode ?? '' }}
      submitLabel={tFile('save')}
      successMessage={tFile('saved')}
      fields={[
        { name: 'legalName', label: t('legalName'), kind: 'text' },
        { name: 'neq', label: t('neq'), kind: 'text', hint: t('neqHint') },
        { name: 'naicsSector', label: t('naicsSector'), kind: 'select', options: [choose, ...NAICS_SECTORS.map((code) => ({ value: code, label: tEnums(`naicsSectors.${code}`) }))] },
        { name: 'sizeBand', label: t('sizeBand'), kind: 'select', options: [choose, ...BUSINESS_SIZE_BANDS.map((band) => ({ value: band, label: tEnums(`sizeBands.${band}`) }))] },
        { name: 'mrcId', label: t('mrcId'), kind: 'select', options: mrcs },
        { name: 'city', label: t('city'), kind: 'text' },
        { name: 'address', label: t('address'), kind: 'text' },
        { name: 'postalCode', label: t('postalCode'), kind: 'text', hint: t('postalCodeHint') },
      ]}
    />
  );
}

const contactFields = (t: ReturnType<typeof useCommon>['t']) =>
  [
    { name: 'name', label: t('name'), kind: 'text' },
    { name: 'jobTitle', label: t('jobTitle'), kind: 'text' },
    { name: 'email', label: t('email'), kind: 'text' },
    { name: 'phone', label: t('phone'), kind: 'text', hint: t('phoneHint') },
  ] as const;

export function AddContactForm({ businessId }: { businessId: string }) {
  const { t, tFile, common } = useCommon();
  return (
    <ActionForm
      {...common}
      action={addBusinessContactAction}
      schema={addContactInput}
      idempotent
      hidden={{ businessId }}
      submitLabel={tFile('addContact')}
      successMessage={tFile('contactSaved')}
      fields={[...contactFields(t)]}
    />
  );
}

export function EditContactForm({ contact }: { contact: { id: string; version: number; name: string; jobTitle: string | null; email: string | null; phone: string | null } }) {
  const { t, tFile, common } = useCommon();
  return (
    <ActionForm
      {...common}
      action={updateBusinessContactAction}
      schema={updateContactInput}
      hidden={{ id: contact.id, version: contact.version }}
      defaults={{ name: contact.name, jobTitle: contact.jobTitle ?? '', email: contact.email ?? '', phone: contact.phone ?? '' }}
      submitLabel={tFile('save')}
      successMessage={tFile('contactSaved')}
      fields={[...contactFields(t)]}
    />
  );
}

export interface FileValues {
  id: string;
  version: number;
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  recruitmentChannels: string[];
  notes: string | null;
}

/** The file's own details: contact, channels (checkboxes), notes, against the version shown. */
export function FileDetailsForm({ file }: { file: FileValues }) {
  const { t, tFile, tEnums } = useCommon();
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const { register, handleSubmit, setError, formState } = useSchemaForm<FieldValues>(updateFileInput, {
    values: { ...file, contactEmail: file.contactEmail ?? '', contactPhone: file.contactPhone ?? '', notes: file.notes ?? '' },
  });
  const { submit, generalError } = useActionSubmit(setError);
  const { validationText } = useFormMessages();
  const error = (field: string) => validationText(formState.errors[field]?.message as string | undefined);
  const run = handleSubmit(async (values) => {
    setSuccess(null);
    const saved = await submit(async () => {
      const answer = await updateEmployerFileAction(values as never);
      setConflict(!answer.ok && answer.error === 'conflict');
      return answer;
    });
    if (saved) {
      setSuccess(tFile('saved'));
      router.refresh();
    }
  });
  return (
    <form onSubmit={run} noValidate className="space-y-3">
      <FormAlert message={generalError} />
      {conflict && (
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {tFile('conflictReload')}
        </Button>
      )}
      <FormAlert tone="success" message={success} />
      <TextField label={t('contactName')} autoComplete="off" error={error('contactName')} {...register('contactName')} />
      <TextField label={t('contactEmail')} type="email" autoComplete="off" error={error('contactEmail')} {...register('contactEmail')} />
      <TextField label={t('contactPhone')} type="tel" hint={t('phoneHint')} autoComplete="off" error={error('contactPhone')} {...register('contactPhone')} />
      <CheckboxGroup legend={t('recruitmentChannels')} options={RECRUITMENT_CHANNELS.map((channel) => ({ value: channel, label: tEnums(`channels.${channel}`) }))} registration={register('recruitmentChannels')} error={error('recruitmentChannels')} />
      <TextAreaField label={t('notes')} hint={t('notesHint')} error={error('notes')} {...register('notes')} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {tFile('save')}
      </Button>
    </form>
  );
}

export function NeedForm({ employerFileId }: { employerFileId: string }) {
  const { t, tFile, common } = useCommon();
  return (
    <ActionForm
      {...common}
      action={addHiringNeedAction}
      schema={addNeedInput}
      idempotent
      hidden={{ employerFileId }}
      defaults={{ positions: 1 }}
      submitLabel={tFile('addNeed')}
      successMessage={tFile('needSaved')}
      fields={[
        { name: 'jobTitle', label: t('needJobTitle'), kind: 'text' },
        { name: 'nocCode', label: t('nocCode'), kind: 'text', hint: t('nocHint') },
        { name: 'positions', label: t('positions'), kind: 'number' },
        { name: 'wantedStartOn', label: t('wantedStartOn'), kind: 'date' },
      ]}
    />
  );
}

export function NeedStatusForm({ id, version, status }: { id: string; version: number; status: string }) {
  const { t, tFile, tEnums, common } = useCommon();
  return (
    <ActionForm
      {...common}
      action={setHiringNeedStatusAction}
      schema={needStatusInput}
      hidden={{ id, version }}
      defaults={{ status }}
      submitLabel={tFile('updateStatus')}
      successMessage={tFile('statusSaved')}
      fields={[{ name: 'status', label: t('status'), kind: 'select', options: HIRING_NEED_STATUSES.map((value) => ({ value, label: tEnums(`needStatuses.${value}`) })) }]}
    />
  );
}

export function InteractionForm({ employerFileId }: { employerFileId: string }) {
  const { t, tFile, tEnums, common, today } = useCommon();
  return (
    <ActionForm
      {...common}
      action={addInteractionAction}
      schema={addInteractionInput}
      idempotent
      hidden={{ employerFileId }}
      defaults={{ occurredOn: today, kind: 'phone_call' }}
      submitLabel={tFile('addInteraction')}
      successMessage={tFile('interactionSaved')}
      fields={[
        { name: 'occurredOn', label: t('occurredOn'), kind: 'date' },
        { name: 'kind', label: t('kind'), kind: 'select', options: INTERACTION_KINDS.map((kind) => ({ value: kind, label: tEnums(`interactionKinds.${kind}`) })) },
        { name: 'notes', label: t('notes'), kind: 'textarea', hint: t('notesHint') },
      ]}
    />
  );
}

export function HireForm({ employerFileId, needs }: { employerFileId: string; needs: Option[] }) {
  const { t, tFile, tEnums, common, choose, today } = useCommon();
  return (
    <ActionForm
      {...common}
      action={recordHireAction}
      schema={addHireInput}
      idempotent
      hidden={{ employerFileId }}
      defaults={{ hiredOn: today }}
      submitLabel={tFile('addHire')}
      successMessage={tFile('hireSaved')}
      fields={[
        { name: 'hiredOn', label: t('hiredOn'), kind: 'date' },
        { name: 'jobTitle', label: t('hireJobTitle'), kind: 'text' },
        { name: 'channel', label: t('channel'), kind: 'select', options: [choose, ...RECRUITMENT_CHANNELS.map((channel) => ({ value: channel, label: tEnums(`channels.${channel}`) }))] },
        { name: 'hiringNeedId', label: t('hiringNeedId'), kind: 'select', options: [{ value: '', label: t('none') }, ...needs] },
        { name: 'personId', label: t('personId'), kind: 'text', hint: t('personIdHint') },
      ]}
    />
  );
}

export function CloseFileForm({ id, version }: { id: string; version: number }) {
  const { t, tFile, tEnums, common, choose, today } = useCommon();
  return (
    <ActionForm
      {...common}
      action={closeEmployerFileAction}
      schema={closeFileInput}
      hidden={{ id, version }}
      defaults={{ closedOn: today }}
      submitLabel={tFile('doClose')}
      successMessage={tFile('closed')}
      confirm={{ question: tFile('closeConfirm'), confirmLabel: tFile('confirm'), cancelLabel: tFile('cancel') }}
      fields={[
        { name: 'closedOn', label: t('closedOn'), kind: 'date' },
        { name: 'closureReason', label: t('closureReason'), kind: 'select', options: [choose, ...EMPLOYER_FILE_CLOSURE_REASONS.map((value) => ({ value, label: tEnums(`closureReasons.${value}`) }))] },
      ]}
    />
  );
}

export function ReopenFileForm({ id }: { id: string }) {
  const { t, tFile, common, today } = useCommon();
  return (
    <ActionForm
      {...common}
      action={reopenEmployerFileAction}
      schema={reopenFileInput}
      idempotent
      hidden={{ id }}
      defaults={{ openedOn: today }}
      submitLabel={tFile('doReopen')}
      successMessage={tFile('reopened')}
      fields={[{ name: 'openedOn', label: t('reopenedOn'), kind: 'date' }]}
    />
  );
}
