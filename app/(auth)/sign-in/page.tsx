import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SsoSignIn } from '@/components/auth/sso-sign-in';
import { SiteHeader } from '@/components/shell/site-header';
import { setLocale } from '@/app/_actions/language';
import { FormAlert } from '@/components/ui/form-alert';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeRedirectPath } from '@/lib/auth/redirect-path';
import { readSsoSettings } from '@/lib/auth/sso-settings';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('signIn');
  return { title: t('title') };
}

interface SignInSearchParams {
  callbackUrl?: string;
  notice?: string;
  /** Set by next-auth when the SSO round trip ends here: AccessDenied when no active staff account matched. */
  error?: string;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SignInSearchParams> }) {
  const { callbackUrl: requested, notice, error } = await searchParams;
  const callbackUrl = safeRedirectPath(requested);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations('signIn');
  const ssoEnabled = readSsoSettings() !== null;
  // The same message for an unknown and a disabled account: it must not tell which addresses have one.
  const authError = !error ? null : error === 'AccessDenied' ? t('ssoRefused') : ssoEnabled ? t('ssoFailed') : t('unexpected');
  return (
    <>
      <SiteHeader languageAction={setLocale} />
      <main id="main" className="mx-auto max-w-xl px-4 py-10">
        <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
        <p className="mb-6">{t('intro')}</p>
        {notice === 'password-changed' && (
          <div className="mb-6">
            <FormAlert tone="success" message={t('passwordChanged')} />
          </div>
        )}
        {authError && (
          <div className="mb-6">
            <FormAlert message={authError} />
          </div>
        )}
        {ssoEnabled && (
          <>
            <SsoSignIn callbackUrl={callbackUrl} />
            <p className="mt-8 mb-4 border-t border-qc-blue-pale pt-6">{t('passwordOption')}</p>
          </>
        )}
        <SignInForm callbackUrl={callbackUrl} />
      </main>
    </>
  );
}
