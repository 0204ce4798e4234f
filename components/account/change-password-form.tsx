'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { changePasswordAction } from '@/app/(app)/account/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { changePasswordInput } from '@/lib/account/schemas';

export function ChangePasswordForm() {
  const t = useTranslations('account');
  const { validationText } = useFormMessages();
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useSchemaForm<z.input<typeof changePasswordInput>>(changePasswordInput, {
    defaultValues: { currentPassword: '', newPassword: '', confirmation: '' },
  });
  const { submit } = useActionSubmit(setError, { report: 'toast' });
  const error = (field: 'currentPassword' | 'newPassword' | 'confirmation') => validationText(formState.errors[field]?.message);

  const onSubmit = handleSubmit(async (values) => {
    const done = await submit(() => changePasswordAction(values));
    // Every session ended with the change, this one included: sign in again with the new password.
    if (done) router.push('/sign-in?notice=password-changed');
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label={t('currentPassword')} type="password" autoComplete="current-password" error={error('currentPassword')} {...register('currentPassword')} />
      <TextField label={t('newPassword')} type="password" autoComplete="new-password" hint={t('passwordHint')} error={error('newPassword')} {...register('newPassword')} />
      <TextField label={t('confirmation')} type="password" autoComplete="new-password" error={error('confirmation')} {...register('confirmation')} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t('changePassword')}
      </Button>
    </form>
  );
}
