'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { resetStaffPasswordAction, setStaffActiveAction } from '@/app/(app)/admin/staff/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { newPassword } from '@/lib/staff/schemas';

export interface StaffAccessPanelProps {
  account: { id: string; version: number; active: boolean };
}

const resetForm = z.object({ temporaryPassword: newPassword });

/** Disable / enable an account and force a password reset; each takes effect on the next request. */
export function StaffAccessPanel({ account }: StaffAccessPanelProps) {
  const router = useRouter();
  const t = useTranslations('staff');
  const { validationText } = useFormMessages();
  const [notice, setNotice] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, reset } = useForm<z.input<typeof resetForm>>({
    resolver: zodResolver(resetForm),
    defaultValues: { temporaryPassword: '' },
  });
  const { submit, generalError } = useActionSubmit(setError);

  async function toggleActive() {
    setNotice(null);
    const done = await submit(() => setStaffActiveAction({ id: account.id, version: account.version, active: !account.active }));
    if (done) {
      setNotice(account.active ? t('disabledNotice') : t('enabledNotice'));
      router.refresh();
    }
  }

  const onReset = handleSubmit(async (values) => {
    setNotice(null);
    const done = await submit(() => resetStaffPasswordAction({ id: account.id, version: account.version, temporaryPassword: values.temporaryPassword }));
    if (done) {
      reset();
      setNotice(t('resetDone'));
      router.refresh();
    }
  });

  return (
    <div className="space-y-6">
      <FormAlert message={generalError} />
      <FormAlert message={notice} tone="success" />
      <section aria-labelledby="access-heading" className="space-y-3">
        <h2 id="access-heading" className="text-xl font-semibold">
          {t('accessHeading')}
        </h2>
        <p className="font-semibold">{t('statusLine', { status: account.active ? t('active') : t('disabled') })}</p>
        <Button variant={account.active ? 'danger' : 'secondary'} onClick={toggleActive}>
          {account.active ? t('disable') : t('enable')}
        </Button>
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
