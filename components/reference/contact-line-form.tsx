'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { updateContactLineAction } from '@/app/(app)/admin/reference/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import { contactLineInput } from '@/lib/reference/schemas';
import { ConflictNotice } from './conflict-notice';
import { resolverWith } from './resolver-with';
import { useConflict } from './use-conflict';

type Values = z.input<typeof contactLineInput>;

export function ContactLineForm({ contactLine }: { contactLine: { version: number; contactEmail: string | null; contactPhone: string | null } }) {
  const router = useRouter();
  const t = useTranslations('reference');
  const { register, handleSubmit, setError, formState } = useSchemaForm<Values>(contactLineInput, {
    resolver: resolverWith<Values>(contactLineInput, {}),
    defaultValues: { version: contactLine.version, contactEmail: contactLine.contactEmail ?? '', contactPhone: contactLine.contactPhone ?? '' },
  });
  const { submit } = useActionSubmit(setError, { report: 'toast' });
  const { conflict, watch } = useConflict();
  const { validationText } = useFormMessages();
  const error = (field: keyof Values) => validationText(formState.errors[field]?.message);

  const onSubmit = handleSubmit(async (values) => {
    const saved = await submit(() => watch(() => updateContactLineAction({ ...values, version: contactLine.version })));
    if (saved) {
      notify.success(t('saved'));
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {conflict && <ConflictNotice />}
      <TextField label={t('contact.email')} type="email" autoComplete="off" error={error('contactEmail')} {...register('contactEmail')} />
      <TextField label={t('contact.phone')} type="tel" hint={t('contact.phoneHint')} autoComplete="off" error={error('contactPhone')} {...register('contactPhone')} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t('save')}
      </Button>
    </form>
  );
}
