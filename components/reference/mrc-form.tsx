'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createMrcAction, updateMrcAction } from '@/app/(app)/admin/reference/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import { createMrcInput, updateMrcInput } from '@/lib/reference/schemas';
import { ConflictNotice } from './conflict-notice';
import { resolverWith } from './resolver-with';
import { useConflict } from './use-conflict';

interface Values {
  name: string;
  regionCode: string;
}

export interface MrcFormProps {
  /** Absent for a new MRC. Its region is fixed once created (rows of the region point at it). */
  mrc?: { id: string; version: number; name: string; regionName: string };
  regions: { code: string; name: string }[];
}

export function MrcForm({ mrc, regions }: MrcFormProps) {
  const router = useRouter();
  const t = useTranslations('reference');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, setError, formState } = useSchemaForm<Values>(mrc ? updateMrcInput : createMrcInput, {
    resolver: resolverWith<Values>(mrc ? updateMrcInput : createMrcInput, mrc ? { id: mrc.id, version: mrc.version } : { idempotencyKey }),
    defaultValues: { name: mrc?.name ?? '', regionCode: '' },
  });
  const { submit } = useActionSubmit(setError, { report: 'toast' });
  const { conflict, watch } = useConflict();
  const { validationText } = useFormMessages();
  const error = (field: keyof Values) => validationText(formState.errors[field]?.message);

  const onSubmit = handleSubmit(async (values) => {
    const saved = mrc
      ? await submit(() => watch(() => updateMrcAction({ id: mrc.id, version: mrc.version, name: values.name })))
      : await submit(() => watch(() => createMrcAction({ name: values.name, regionCode: values.regionCode, idempotencyKey })));
    if (saved) {
      notify.success(mrc ? t('saved') : t('created'));
      router.push('/admin/reference/mrcs');
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {conflict && <ConflictNotice />}
      <TextField label={t('mrc.name')} autoComplete="off" error={error('name')} {...register('name')} />
      {mrc ? (
        <p className="font-semibold">{t('mrc.regionFixed', { name: mrc.regionName })}</p>
      ) : (
        <SelectField
          label={t('mrc.region')}
          options={[{ value: '', label: t('mrc.chooseRegion') }, ...regions.map((region) => ({ value: region.code, label: `${region.code} – ${region.name}` }))]}
          error={error('regionCode')}
          {...register('regionCode')}
        />
      )}
      <Button type="submit" disabled={formState.isSubmitting}>
        {mrc ? t('save') : t('mrc.create')}
      </Button>
    </form>
  );
}
