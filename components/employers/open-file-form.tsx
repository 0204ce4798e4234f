'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { findSimilarBusinessesAction, openEmployerFileAction } from '@/app/(app)/employers/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { BUSINESS_SIZE_BANDS, NAICS_SECTORS, RECRUITMENT_CHANNELS } from '@/db/enums/employers';
import type { SimilarBusiness } from '@/lib/employers/duplicates';
import { openFileInput, type OpenFileInput } from '@/lib/employers/schemas';
import { todayInQuebec } from '@/lib/persons/schemas';

const FIELDSET = 'space-y-4 rounded border border-qc-grey-pale p-4';
const LEGEND = 'px-1 text-xl font-bold';

type Values = Record<string, unknown> & OpenFileInput;

export interface OpenFileFormProps {
  /** A business already known: the file is opened for it; otherwise the business is created too. */
  business: { id: string; legalName: string; neq: string; city: string } | null;
  mrcs: { id: string; name: string }[];
}

/**
 * Opening an employer file, with the business when it is new. Before a new business is saved, businesses
 * with a close name in the same MRC are shown; the adviser opens a file for one of them or confirms.
 */
export function OpenFileForm({ business, mrcs }: OpenFileFormProps) {
  const t = useTranslations('employers.fields');
  const tOpen = useTranslations('employers.open');
  const tEnums = useTranslations('employers.enums');
  const router = useRouter();
  const today = todayInQuebec();
  // One key for this form's life: a double click or a replay opens one file.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [similar, setSimilar] = useState<SimilarBusiness[] | null>(null);
  const defaults = business
    ? { businessMode: 'existing' as const, businessId: business.id, openedOn: today, recruitmentChannels: [], idempotencyKey }
    : { businessMode: 'new' as const, openedOn: today, recruitmentChannels: [], idempotencyKey, confirmedNotDuplicate: false };
  const { register, handleSubmit, setError, setValue, formState } = useSchemaForm<Values>(openFileInput, { defaultValues: defaults as Values });
  const { submit, generalError } = useActionSubmit(setError);
  const { validationText } = useFormMessages();
  const error = (field: string) => validationText((formState.errors as Record<string, { message?: string } | undefined>)[field]?.message);

  const save = handleSubmit(async (values) => {
    if (values.businessMode === 'new' && !values.confirmedNotDuplicate) {
      const found = await findSimilarBusinessesAction({ legalName: String(values.legalName), neq: String(values.neq), mrcId: String(values.mrcId) });
      if (found.ok && found.data.sameNeq) {
        setError('neq', { type: 'server', message: 'neqTaken' }, { shouldFocus: true });
        return;
      }
      if (found.ok && found.data.similar.length > 0) {
        setSimilar(found.data.similar);
        return;
      }
    }
    const saved = await submit(() => openEmployerFileAction(values as OpenFileInput));
    if (saved) router.push(`/employers/${saved.data.id}?notice=opened`);
  });

  const confirmNew = () => {
    setValue('confirmedNotDuplicate', true);
    void save();
  };

  const date = { hint: t('dateHint'), autoComplete: 'off' };
  const choose = { value: '', label: t('choose') };

  return (
    <form onSubmit={save} noValidate className="space-y-6">
      <p>{tOpen('intro')}</p>
      <FormAlert message={generalError} />
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{tOpen('businessSection')}</legend>
        {business ? (
          <p className="font-semibold">{tOpen('existingBusiness', { name: business.legalName, neq: business.neq, city: business.city })}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label={t('legalName')} autoComplete="off" error={error('legalName')} {...register('legalName')} />
            <TextField label={t('neq')} hint={t('neqHint')} inputMode="numeric" autoComplete="off" error={error('neq')} {...register('neq')} />
            <SelectField label={t('naicsSector')} options={[choose, ...NAICS_SECTORS.map((code) => ({ value: code, label: tEnums(`naicsSectors.${code}`) }))]} error={error('naicsSector')} {...register('naicsSector')} />
            <SelectField label={t('sizeBand')} options={[choose, ...BUSINESS_SIZE_BANDS.map((band) => ({ value: band, label: tEnums(`sizeBands.${band}`) }))]} error={error('sizeBand')} {...register('sizeBand')} />
            <SelectField label={t('mrcId')} options={[choose, ...mrcs.map((mrc) => ({ value: mrc.id, label: mrc.name }))]} error={error('mrcId')} {...register('mrcId')} />
            <TextField label={t('city')} autoComplete="off" error={error('city')} {...register('city')} />
            <TextField label={t('address')} autoComplete="off" error={error('address')} {...register('address')} />
            <TextField label={t('postalCode')} hint={t('postalCodeHint')} autoComplete="off" error={error('postalCode')} {...register('postalCode')} />
          </div>
        )}
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{tOpen('fileSection')}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <DateField label={t('openedOn')} {...date} error={error('openedOn')} {...register('openedOn')} />
          <TextField label={t('contactName')} autoComplete="off" error={error('contactName')} {...register('contactName')} />
          <TextField label={t('contactEmail')} type="email" autoComplete="off" error={error('contactEmail')} {...register('contactEmail')} />
          <TextField label={t('contactPhone')} type="tel" hint={t('phoneHint')} autoComplete="off" error={error('contactPhone')} {...register('contactPhone')} />
        </div>
        <CheckboxGroup legend={t('recruitmentChannels')} options={RECRUITMENT_CHANNELS.map((channel) => ({ value: channel, label: tEnums(`channels.${channel}`) }))} registration={register('recruitmentChannels')} error={error('recruitmentChannels')} />
        <TextAreaField label={t('notes')} hint={t('notesHint')} error={error('notes')} {...register('notes')} />
      </fieldset>

      {similar ? (
        <section aria-labelledby="similar-businesses" className="space-y-3 border-l-4 border-qc-red bg-qc-red-pale p-4" role="alert">
          <h2 id="similar-businesses" className="text-xl font-bold">
            {tOpen('duplicatesTitle')}
          </h2>
          <p>{tOpen('duplicatesIntro')}</p>
          <ul className="space-y-2">
            {similar.map((candidate) => (
              <li key={candidate.id}>
                <span className="font-semibold">{candidate.legalName}</span> (NEQ {candidate.neq}, {candidate.city}){' '}
                <Link href={`/employers/new?business=${candidate.id}`} className="text-qc-blue underline">
                  {tOpen('useThis')}
                </Link>
              </li>
            ))}
          </ul>
          <Button type="button" variant="secondary" onClick={confirmNew} disabled={formState.isSubmitting}>
            {tOpen('confirmNew')}
          </Button>
        </section>
      ) : (
        <Button type="submit" disabled={formState.isSubmitting}>
          {tOpen('save')}
        </Button>
      )}
    </form>
  );
}
