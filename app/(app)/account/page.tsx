import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import { FormAlert } from '@/components/ui/form-alert';
import { requireUser } from '@/lib/auth/current-user';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountPage() {
  const user = await requireUser({ passwordChange: true });
  const [t, tFeedback] = await Promise.all([getTranslations('account'), getTranslations('feedback')]);
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>
        {user.displayName} · {user.email}
        {user.servicePointName && <span className="block">{t('servicePoint', { name: user.servicePointName })}</span>}
      </p>
      {user.mustChangePassword && <FormAlert message={t('mustChange')} />}
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-xl font-semibold">
          {t('passwordHeading')}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t('sessionsHeading')}
        </h2>
        <p>{t('sessionsHint')}</p>
        <SignOutEverywhere
          label={t('signOutEverywhere')}
          confirm={{
            title: tFeedback('signOutEverywhereTitle'),
            description: tFeedback('signOutEverywhereText'),
            confirmLabel: tFeedback('signOutEverywhereConfirm'),
            cancelLabel: tFeedback('cancel'),
          }}
        />
      </section>
    </div>
  );
}
