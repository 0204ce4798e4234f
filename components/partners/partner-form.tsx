'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { createPartnerAction, updatePartnerAction } from '@/app/(app)/partners/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import { PARTNER_KINDS } from '@/db/enums/agreements';
import { createPartnerInput, updatePartnerInput } from '@/lib/partners/schemas';

type Values = z.input<typeof updatePartnerInput>;

export interface PartnerFormProps {
  /** Absent for a new partner. */
  partner?: Values & { id: string; version: number };
  regions: { code: string; name: string }[];
  mrcs: { id: string; name: string; regionCode: string }[];
}

const FIELDSET = 'space-y-4 rounded border border-qc-grey-pale p-4';
const LEGEND = 'px-1 text-xl font-bold';

/** One form for adding and editing a partner of the directory (admins). */
export function PartnerForm({ partner, regions, mrcs }: PartnerFormProps) {
  const t = useTranslations('partners');
  const tAgreements = useTranslations('agreements');
  const tFields = useTranslations('fields');
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, setError, formState, control } = useSchemaForm<Values>(partner ? updatePartnerInput : createPartnerInput, {
    resolver: zodResolver((partner ? updatePartnerInput : createPartnerInput.omit({ idempotencyKey: true })) as typeof updatePartnerInput, undefined, { raw: true }),
    defaultValues: partner ?? ({ regionCode: '08', listedAsResource: false } as Partial<Values>),
  });
  const { submit, generalError } = useActionSubmit(setError);
  const { validationText } = useFormMessages();
  const error = (field: string) => validationText((formState.errors as Record<string, { message?: string } | undefined>)[field]?.message);
  const [conflict, setConflict] = useState(false);
  const region = useWatch({ control, name: 'regionCode' });

  const save = handleSubmit(async (values) => {
    const result = await submit(async () => {
      const answer = partner ? await updatePartnerAction({ ...values, id: partner.id, version: partner.version }) : await createPartnerAction({ ...values, idempotencyKey } as never);
      setConflict(!answer.ok && answer.error === 'conflict');
      return answer;
    });
    if (result) {
      notify.success(partner ? t('saved') : t('created'));
      router.push(`/partners/${(result.data as { id: string }).id}`);
      router.refresh();
    }
  });

  return (
    <form onSubmit={save} noValidate className="space-y-6">
      <FormAlert message={generalError} />
      {conflict && (
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {tAgreements('reload')}
        </Button>
      )}
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t('organizationHeading')}</legend>
        <TextField label={t('name')} autoComplete="off" error={error('name')} {...register('name')} />
        <SelectField label={t('kind')} options={[{ value: '', label: t('choose') }, ...PARTNER_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))]} error={error('kind')} {...register('kind')} />
        <SelectField label={t('region')} options={regions.map((option) => ({ value: option.code, label: `${option.code} – ${option.name}` }))} error={error('regionCode')} {...register('regionCode')} />
        <SelectField
          label={t('mrc')}
          hint={tFields('optional')}
          options={[{ value: '', label: t('noMrc') }, ...mrcs.filter((mrc) => mrc.regionCode === region).map((mrc) => ({ value: mrc.id, label: mrc.name }))]}
          error={error('mrcId')}
          {...register('mrcId')}
        />
        <TextField label={t('territory')} hint={tFields('optional')} autoComplete="off" error={error('territory')} {...register('territory')} />
        <TextAreaField label={t('services')} hint={tFields('optional')} error={error('services')} {...register('services')} />
        <label className="flex items-center gap-2">
          <input type="checkbox" className="h-5 w-5" {...register('listedAsResource')} />
          {t('listedAsResource')}
        </label>
      </fieldset>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t('contactHeading')}</legend>
        <TextField label={t('address')} hint={tFields('optional')} autoComplete="off" error={error('address')} {...register('address')} />
        <TextField label={t('contactName')} hint={tFields('optional')} autoComplete="off" error={error('contactName')} {...register('contactName')} />
        <TextField label={t('email')} type="email" hint={tFields('optional')} autoComplete="off" error={error('email')} {...register('email')} />
        <TextField label={t('phone')} type="tel" hint={tFields('optional')} autoComplete="off" error={error('phone')} {...register('phone')} />
        <TextField label={t('website')} type="url" hint={t('websiteHint')} autoComplete="off" error={error('website')} {...register('website')} />
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {partner ? t('save') : t('create')}
      </Button>
    </form>
  );
}
