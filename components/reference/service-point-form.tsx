'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createServicePointAction, updateServicePointAction } from '@/app/(app)/admin/reference/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import { createServicePointInput, updateServicePointInput } from '@/lib/reference/schemas';
import { ConflictNotice } from './conflict-notice';
import { resolverWith } from './resolver-with';
import { useConflict } from './use-conflict';

/** What the fields hold (text, the checkbox's boolean); the schemas parse it on both sides. */
interface Values {
  name: string;
  address: string;
  city: string;
  postalCode: string;
  mrcId: string;
  email: string;
  phone: string;
  hours: string;
  active: boolean;
}

export interface ServicePointFormProps {
  /** Absent for a new service point. */
  servicePoint?: {
    id: string;
    version: number;
    name: string;
    address: string;
    city: string;
    postalCode: string | null;
    mrcId: string;
    email: string;
    phone: string;
    hours: string | null;
    active: boolean;
  };
  /** Every MRC, one group per region. */
  mrcGroups: { regionName: string; items: { id: string; name: string }[] }[];
  /** A new office usually shares the region's contact line: the form starts from it. */
  contactLine: { contactEmail: string | null; contactPhone: string | null };
}

/** One form to create and edit a service point; the server re-validates with the same schemas. */
export function ServicePointForm({ servicePoint, mrcGroups, contactLine }: ServicePointFormProps) {
  const router = useRouter();
  const t = useTranslations('reference');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, setError, formState } = useSchemaForm<Values>(servicePoint ? updateServicePointInput : createServicePointInput, {
    resolver: resolverWith<Values>(servicePoint ? updateServicePointInput : createServicePointInput, servicePoint ? { id: servicePoint.id, version: servicePoint.version } : { idempotencyKey }),
    defaultValues: servicePoint
      ? { ...servicePoint, postalCode: servicePoint.postalCode ?? '', hours: servicePoint.hours ?? '' }
      : { name: '', address: '', city: '', postalCode: '', mrcId: '', email: contactLine.contactEmail ?? '', phone: contactLine.contactPhone ?? '', hours: '', active: true },
  });
  const { submit } = useActionSubmit(setError, { report: 'toast' });
  const { conflict, watch } = useConflict();
  const { validationText } = useFormMessages();
  const error = (field: keyof Values) => validationText(formState.errors[field]?.message);

  const onSubmit = handleSubmit(async (values) => {
    // The form's resolver checked the fields; id, version and key are the form's own (not typed).
    const saved = servicePoint
      ? await submit(() => watch(() => updateServicePointAction({ ...values, id: servicePoint.id, version: servicePoint.version })))
      : await submit(() => watch(() => createServicePointAction({ ...values, idempotencyKey })));
    if (saved) {
      notify.success(servicePoint ? t('saved') : t('created'));
      router.push('/admin/reference/service-points');
      router.refresh();
    }
  });

  const hoursError = error('hours');
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {conflict && <ConflictNotice />}
      <TextField label={t('servicePoint.name')} hint={t('servicePoint.nameHint')} autoComplete="off" error={error('name')} {...register('name')} />
      <TextField label={t('servicePoint.address')} hint={t('servicePoint.addressHint')} autoComplete="off" error={error('address')} {...register('address')} />
      <TextField label={t('servicePoint.city')} autoComplete="off" error={error('city')} {...register('city')} />
      <TextField label={t('servicePoint.postalCode')} hint={t('servicePoint.postalCodeHint')} autoComplete="off" error={error('postalCode')} {...register('postalCode')} />
      <SelectField
        label={t('servicePoint.mrc')}
        hint={t('servicePoint.mrcHint')}
        options={[{ value: '', label: t('servicePoint.chooseMrc') }]}
        groups={mrcGroups.map((group) => ({ label: group.regionName, options: group.items.map((mrc) => ({ value: mrc.id, label: mrc.name })) }))}
        error={error('mrcId')}
        {...register('mrcId')}
      />
      <TextField label={t('servicePoint.email')} type="email" autoComplete="off" error={error('email')} {...register('email')} />
      <TextField label={t('servicePoint.phone')} type="tel" hint={t('servicePoint.phoneHint')} autoComplete="off" error={error('phone')} {...register('phone')} />
      <TextAreaField label={t('servicePoint.hours')} hint={t('servicePoint.hoursHint')} error={hoursError} rows={3} {...register('hours')} />
      <div>
        <label className="flex items-center gap-2 font-semibold">
          <input type="checkbox" className="size-5" aria-describedby="active-hint" {...register('active')} />
          {t('servicePoint.active')}
        </label>
        <p id="active-hint" className="text-sm text-qc-grey-dark">
          {t('servicePoint.activeHint')}
        </p>
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>
        {servicePoint ? t('save') : t('servicePoint.create')}
      </Button>
    </form>
  );
}
