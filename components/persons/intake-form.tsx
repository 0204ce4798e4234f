'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { findDuplicatesAction, registerPersonAction } from '@/app/(app)/persons/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { DateField } from '@/components/ui/date-field';
import { TextField } from '@/components/ui/text-field';
import { FRENCH_LEVELS, GENDERS, INTAKE_IMMIGRATION_CATEGORIES, NEEDS } from '@/db/enums/persons';
import type { DuplicateCandidate } from '@/lib/persons/duplicates';
import { intakeInput, todayInQuebec } from '@/lib/persons/schemas';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { DuplicatePanel } from './duplicate-panel';

type Values = z.input<typeof intakeInput>;

export interface IntakeFormProps {
  servicePoint: string;
  /** Country and language names, worded on the server: the browser's own Intl data may word them otherwise. */
  countries: { value: string; label: string }[];
  languages: { value: string; label: string }[];
  agents: { id: string; name: string }[];
  currentAgentId: string;
  mrcs: { id: string; name: string }[];
}

const FIELDSET = 'space-y-4 rounded border border-qc-grey-pale p-4';
const LEGEND = 'px-1 text-xl font-bold';

/**
 * Intake on one screen, in the order of the conversation with the person. Before saving, the possible
 * duplicates in the agent's scope are shown; the agent opens the existing file or confirms a new one.
 */
export function IntakeForm({ servicePoint, countries, languages, agents, currentAgentId, mrcs }: IntakeFormProps) {
  const t = useTranslations('persons.forms');
  const tEnums = useTranslations('enums');
  const router = useRouter();
  const today = todayInQuebec();
  // One key for this form's life: a double click or a replay saves one person.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [duplicates, setDuplicates] = useState<{ inScope: DuplicateCandidate[]; elsewhere: boolean } | null>(null);
  const { register, handleSubmit, setError, setValue, control, formState } = useSchemaForm<Values>(intakeInput, {
    defaultValues: { languages: ['fr'], needs: [], sharingConsent: false, collectionConsentOn: today, openedOn: today, agentId: currentAgentId, idempotencyKey, confirmedNotDuplicate: false },
  });
  const { submit, generalError } = useActionSubmit(setError);
  const { validationText } = useFormMessages();
  const error = (field: string) => validationText((formState.errors as Record<string, { message?: string } | undefined>)[field]?.message);
  const sharing = Boolean(useWatch({ control, name: 'sharingConsent' }));

  const save = handleSubmit(async (values) => {
    if (!values.confirmedNotDuplicate) {
      const found = await findDuplicatesAction({ firstName: String(values.firstName), lastName: String(values.lastName), birthDate: String(values.birthDate) });
      if (found.ok && (found.data.inScope.length > 0 || found.data.elsewhere)) {
        setDuplicates(found.data);
        return;
      }
    }
    const saved = await submit(() => registerPersonAction(values));
    if (saved) router.push(`/persons/${saved.data.id}?notice=registered`);
  });

  const confirmNew = () => {
    setValue('confirmedNotDuplicate', true);
    void save();
  };

  const options = <T extends string>(values: readonly T[], label: (value: T) => string, empty?: string) => [
    ...(empty ? [{ value: '', label: empty }] : []),
    ...values.map((value) => ({ value, label: label(value) })),
  ];
  const date = { hint: t('dateHint'), autoComplete: 'off' };

  return (
    <form onSubmit={save} noValidate className="space-y-6" aria-describedby="intake-service-point">
      <p id="intake-service-point" className="font-semibold">
        {t('servicePoint', { name: servicePoint })}
      </p>
      <FormAlert message={generalError} />
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t('identitySection')}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField label={t('firstName')} autoComplete="off" error={error('firstName')} {...register('firstName')} />
          <TextField label={t('lastName')} autoComplete="off" error={error('lastName')} {...register('lastName')} />
          <DateField label={t('birthDate')} {...date} error={error('birthDate')} {...register('birthDate')} />
          <SelectField label={t('gender')} options={options(GENDERS, (value) => tEnums(`genders.${value}`), t('choose'))} error={error('gender')} {...register('gender')} />
          <SelectField label={t('countryOfBirth')} options={[{ value: '', label: t('choose') }, ...countries]} error={error('countryOfBirth')} {...register('countryOfBirth')} />
          <SelectField label={t('citizenship')} options={[{ value: '', label: t('choose') }, ...countries]} error={error('citizenship')} {...register('citizenship')} />
        </div>
        <CheckboxGroup legend={t('languages')} columns={4} options={languages} registration={register('languages')} error={error('languages')} />
        <SelectField label={t('frenchLevel')} options={options(FRENCH_LEVELS, (value) => tEnums(`frenchLevels.${value}`), t('choose'))} error={error('frenchLevel')} {...register('frenchLevel')} />
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t('immigrationSection')}</legend>
        <SelectField label={t('immigrationCategory')} options={options(INTAKE_IMMIGRATION_CATEGORIES, (value) => tEnums(`immigrationCategories.${value}`), t('choose'))} error={error('immigrationCategory')} {...register('immigrationCategory')} />
        <div className="grid gap-4 md:grid-cols-2">
          <DateField label={t('arrivalInQuebecOn')} {...date} error={error('arrivalInQuebecOn')} {...register('arrivalInQuebecOn')} />
          <DateField label={t('arrivalInRegionOn')} {...date} error={error('arrivalInRegionOn')} {...register('arrivalInRegionOn')} />
          <SelectField label={t('residenceMrcId')} options={[{ value: '', label: t('choose') }, ...mrcs.map((mrc) => ({ value: mrc.id, label: mrc.name }))]} error={error('residenceMrcId')} {...register('residenceMrcId')} />
          <TextField label={t('residenceMunicipality')} autoComplete="off" error={error('residenceMunicipality')} {...register('residenceMunicipality')} />
        </div>
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t('contactSection')}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField label={t('phone')} type="tel" hint={t('phoneHint')} autoComplete="off" error={error('phone')} {...register('phone')} />
          <TextField label={t('email')} type="email" autoComplete="off" error={error('email')} {...register('email')} />
          <DateField label={t('collectionConsentOn')} {...date} error={error('collectionConsentOn')} {...register('collectionConsentOn')} />
        </div>
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1 h-5 w-5" {...register('sharingConsent')} />
          <span>{t('sharingConsent')}</span>
        </label>
        {sharing && <DateField label={t('sharingConsentOn')} {...date} error={error('sharingConsentOn')} {...register('sharingConsentOn')} />}
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t('openingSection')}</legend>
        <CheckboxGroup legend={t('needs')} options={NEEDS.map((need) => ({ value: need, label: tEnums(`needs.${need}`) }))} registration={register('needs')} error={error('needs')} />
        <div className="grid gap-4 md:grid-cols-2">
          <DateField label={t('openedOn')} {...date} error={error('openedOn')} {...register('openedOn')} />
          <SelectField label={t('agentId')} options={agents.map((agent) => ({ value: agent.id, label: agent.name }))} error={error('agentId')} {...register('agentId')} />
          <DateField label={t('nextFollowUpOn')} {...date} error={error('nextFollowUpOn')} {...register('nextFollowUpOn')} />
        </div>
      </fieldset>

      {duplicates ? (
        <DuplicatePanel candidates={duplicates.inScope} elsewhere={duplicates.elsewhere} onConfirmNew={confirmNew} busy={formState.isSubmitting} />
      ) : (
        <Button type="submit" disabled={formState.isSubmitting}>
          {t('save')}
        </Button>
      )}
    </form>
  );
}
