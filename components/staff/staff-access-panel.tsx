'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { resetStaffPasswordAction, setStaffActiveAction } from '@/app/(app)/admin/staff/actions';
import { useActionSubmit } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { notify } from '@/components/ui/toaster';
import { TemporaryPasswordNotice } from './temporary-password-notice';

export interface StaffAccessPanelProps {
  account: { id: string; version: number; active: boolean; displayName: string };
}

/**
 * Disable / enable an account and force a password reset; each takes effect on the next request. Disabling
 * ends the person's sessions at once, so it is confirmed first, and so is a reset, which also shows the new
 * generated temporary password once. Never shown on one's own account (the page leaves it out, the server
 * refuses both).
 */
export function StaffAccessPanel({ account }: StaffAccessPanelProps) {
  const router = useRouter();
  const t = useTranslations('staff');
  const tOnboarding = useTranslations('reference.onboarding');
  const tFeedback = useTranslations('feedback');
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  // No form fields here: errors are general ones, told by a toast.
  const { submit } = useActionSubmit(() => {}, { report: 'toast' });

  async function setActive(active: boolean) {
    const done = await submit(() => setStaffActiveAction({ id: account.id, version: account.version, active }));
    if (done) {
      notify.success(active ? t('enabledNotice') : t('disabledNotice'));
      router.refresh();
    }
  }

  async function reset() {
    const done = await submit(() => resetStaffPasswordAction({ id: account.id, version: account.version }));
    if (done) {
      setTemporaryPassword(done.data.temporaryPassword);
      notify.success(t('resetDone'));
      router.refresh();
    }
  }

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
        {temporaryPassword ? (
          <TemporaryPasswordNotice sentence={tOnboarding('resetFor', { name: account.displayName })} password={temporaryPassword}>
            <Button variant="secondary" onClick={() => setTemporaryPassword(null)}>
              {tOnboarding('done')}
            </Button>
          </TemporaryPasswordNotice>
        ) : (
          <>
            <p className="text-sm">{tOnboarding('resetGeneratedHint')}</p>
            <ConfirmButton
              variant="secondary"
              confirm={{
                title: tOnboarding('resetTitle', { name: account.displayName }),
                description: tOnboarding('resetText'),
                confirmLabel: t('reset'),
                cancelLabel: tFeedback('cancel'),
              }}
              onConfirm={reset}
            >
              {t('reset')}
            </ConfirmButton>
          </>
        )}
      </section>
    </div>
  );
}
