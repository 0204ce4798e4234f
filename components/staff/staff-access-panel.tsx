'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { resetStaffPasswordAction, setStaffActiveAction } from '@/app/(app)/admin/staff/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import { newPassword } from '@/lib/staff/schemas';

export interface StaffAccessPanelProps {
  account: { id: string; version: number; active: boolean; displayName: string };
}

const resetForm = z.object({ temporaryPassword: newPassword });

/**
 * Disable / enable an account and force a password reset; each takes effect on the next request. Disabling
 * ends the person's sessions at once, so it is confirmed first; enabling gives back nothing but access.
 */
export function StaffAccessPanel({ account }: StaffAccessPanelProps) {
  const router = useRouter();
  const t = useTranslations('staff');
  const tFeedback = useTranslations('feedback');
  const { validationText } = useFormMessages();
  const { register, handleSubmit, setError, formState, reset } = useForm<z.input<typeof resetForm>>({
    resolver: zodResolver(resetForm),
    defaultValues: { temporaryPassword: '' },
  });
  const { submit } = useActionSubmit(setError, { report: 'toast' });

  async function setActive(active: boolean) {
    const done = await submit(() => setStaffActiveAction({ id: account.id, version: account.version, active }));
    if (done) {
      notify.success(active ? t('enabledNotice') : t('disabledNotice'));
      router.refresh();
    }
  }

  const onReset = handleSubmit(async (values) => {
    const done = await submit(() => resetStaffPasswordAction({ id: account.id, version: account.version, temporaryPassword: values.temporaryPassword }));
    if (done) {
      reset();
      notify.success(t('resetDone'));
      router.refresh();
    }
  });

  return (
    <div className="space-y-6">
      <section aria-labelledby="access-heading" className="space-y-3">
        <h2 id="access-heading" className="text-xl font-semibold">
          {t('accessHeading')}
        </h2>
        <p className="font-semibold">{t('statusLine', { status: account.active ? t('active') : t('disabled') })}</p>
        {account.active ? (
          <ConfirmButton
            variant="danger"
            confirm={{
              title: tFeedback('disableTitle', { name: account.displayName }),
              description: tFeedback('disableText'),
              confirmLabel: tFeedback('disableConfirm'),
              cancelLabel: tFeedback('cancel'),
            }}
            onConfirm={() => setActive(false)}
          >
            {t('disable')}
          </ConfirmButton>
        ) : (
          <Button variant="secondary" onClick={() => setActive(true)}>
            {t('enable')}
          </Button>
        )}
      </section>
      <section aria-labelledby="reset-heading" className="space-y-3">
        <h2 id="reset-heading" className="text-xl font-semibold">
          {t('resetHeading')}
        </h2>
        <p className="text-sm">{t('resetHint')}</p>
        <form onSubmit={onReset} noValidate className="space-y-3">
          <TextField
            label={t('temporaryPassword')}
            type="password"
            autoComplete="new-password"
            hint={t('temporaryPasswordHint')}
            error={validationText(formState.errors.temporaryPassword?.message)}
            {...register('temporaryPassword')}
          />
          <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
            {t('reset')}
          </Button>
        </form>
      </section>
    </div>
  );
}
