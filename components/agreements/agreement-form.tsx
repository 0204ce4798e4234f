'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { createAgreementAction, updateAgreementAction } from '@/app/(app)/agreements/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import { AGREEMENT_TRANSITIONS, FUNDING_PROGRAMS, type AgreementStatus } from '@/db/enums/agreements';
import { CREATE_STATUSES, createAgreementInput, updateAgreementInput } from '@/lib/agreements/schemas';

type Values = z.input<typeof updateAgreementInput>;

export interface AgreementFormProps {
  /** Absent for a new agreement. Amount as typed in the form ("12345,67"). */
  agreement?: Omit<Values, 'mrcIds'> & { id: string; version: number; status: AgreementStatus; mrcIds: string[] };
  partners: { value: string; label: string }[];
  /** MRCs grouped by region, each with its region's name. */
  mrcGroups: { region: string; mrcs: { value: string; label: string }[] }[];
}

const FIELDSET = 'space-y-4 rounded border border-qc-grey-pale p-4';
const LEGEND = 'px-1 text-xl font-bold';

/**
 * One form for recording and editing an agreement. The same zod schema as the server checks it; the server
 * checks again what only it knows (the saved status's allowed moves, the reference's uniqueness, the
 * partner still active). Only the allowed statuses are offered.
 */
export function AgreementForm({ agreement, partners, mrcGroups }: AgreementFormProps) {
  const t = useTranslations('agreements');
  const tDate = useTranslations('dateField');
  const tFields = useTranslations('fields');
  const router = useRouter();
  const editing = Boolean(agreement);
  // One key for this form's life: a double click or a replay records one agreement.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, setError, formState } = useSchemaForm<Values>(editing ? updateAgreementInput : createAgreementInput, {
    // raw: the action receives what was typed (the amount as text); the server parses it again.
    resolver: zodResolver((editing ? updateAgreementInput : createAgreementInput) as typeof updateAgreementInput, undefined, { raw: true }),
    defaultValues: agreement ?? { status: 'signed', mrcIds: [], amount: '', idempotencyKey } as Partial<Values>,
  });
  const { submit, generalError } = useActionSubmit(setError);
  const { validationText } = useFormMessages();
  const error = (field: string) => validationText((formState.errors as Record<string, { message?: string } | undefined>)[field]?.message);
  const [conflict, setConflict] = useState(false);

  const statuses: readonly AgreementStatus[] = agreement ? [agreement.status, ...AGREEMENT_TRANSITIONS[agreement.status]] : CREATE_STATUSES;

  const save = handleSubmit(async (values) => {
    const result = await submit(async () => {
      const answer = agreement ? await updateAgreementAction({ ...values, id: agreement.id, version: agreement.version }) : await createAgreementAction({ ...values, idempotencyKey } as never);
      setConflict(!answer.ok && answer.error === 'conflict');
      return answer;
    });
    if (result) {
      notify.success(editing ? t('saved') : t('created'));
      router.push(`/agreements/${(result.data as { id: string }).id}`);
      router.refresh();
    }
  });

  return (
    <form onSubmit={save} noValidate className="space-y-6">
      <FormAlert message={generalError} />
      {conflict && (
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t('reload')}
        </Button>
      )}
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t('details')}</legend>
        <TextField label={t('reference')} autoComplete="off" error={error('reference')} {...register('reference')} />
        <TextField label={t('agreementTitle')} autoComplete="off" error={error('title')} {...register('title')} />
        <SelectField label={t('partner')} options={[{ value: '', label: t('choose') }, ...partners]} error={error('partnerId')} {...register('partnerId')} />
        <SelectField label={t('program')} options={[{ value: '', label: t('choose') }, ...FUNDING_PROGRAMS.map((value) => ({ value, label: t(`programs.${value}`) }))]} error={error('program')} {...register('program')} />
        <TextField label={t('programComponent')} hint={t('programComponentHint')} autoComplete="off" error={error('programComponent')} {...register('programComponent')} />
        <TextField label={t('amount')} hint={t('amountHint')} inputMode="decimal" autoComplete="off" error={error('amount')} {...register('amount')} />
      </fieldset>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t('period')}</legend>
        <SelectField label={t('status')} hint={t('statusHint')} options={statuses.map((value) => ({ value, label: t(`statuses.${value}`) }))} error={error('status')} {...register('status')} />
        <DateField label={t('signedOn')} hint={`${t('signedOnHint')} ${tDate('hint')}`} autoComplete="off" error={error('signedOn')} {...register('signedOn')} />
        <DateField label={t('startsOn')} hint={tDate('hint')} autoComplete="off" error={error('startsOn')} {...register('startsOn')} />
        <DateField label={t('endsOn')} hint={tDate('hint')} autoComplete="off" error={error('endsOn')} {...register('endsOn')} />
      </fieldset>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t('mrcs')}</legend>
        <p className="text-sm text-qc-grey-dark">{t('mrcsHint')}</p>
        {error('mrcIds') && <p className="font-semibold text-qc-red">{error('mrcIds')}</p>}
        {mrcGroups.map((group) => (
          <CheckboxGroup key={group.region} legend={group.region} options={group.mrcs} registration={register('mrcIds')} columns={3} />
        ))}
      </fieldset>
      <TextAreaField label={t('deliverables')} hint={tFields('optional')} error={error('deliverables')} rows={5} {...register('deliverables')} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {editing ? t('save') : t('create')}
      </Button>
    </form>
  );
}
