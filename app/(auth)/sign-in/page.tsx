import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SsoSignIn } from '@/components/auth/sso-sign-in';
import { SiteHeader } from '@/components/shell/site-header';
import { setLocale } from '@/app/_actions/language';
import { FormAlert } from '@/components/ui/form-alert';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeRedirectPath } from '@/lib/auth/redirect-path';
import { readSsoSettings } from '@/lib/auth/sso-settings';
import { getMessages } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.signIn.title };
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
  const { locale, m } = await getMessages();
  const ssoEnabled = readSsoSettings() !== null;
  // The same message for an unknown and a disabled account: it must not tell which addresses have one.
  const authError = !error ? null : error === 'AccessDenied' ? m.signIn.ssoRefused : ssoEnabled ? m.signIn.ssoFailed : m.signIn.unexpected;
  return (
    <>
      <SiteHeader locale={locale} messages={m} languageAction={setLocale} />
      <main id="main" className="mx-auto max-w-xl px-4 py-10">
        <h1 className="mb-2 text-3xl font-bold">{m.signIn.title}</h1>
        <p className="mb-6">{m.signIn.intro}</p>
        {notice === 'password-changed' && (
          <div className="mb-6">
            <FormAlert tone="success" message={m.signIn.passwordChanged} />
          </div>
        )}
        {authError && (
          <div className="mb-6">
            <FormAlert message={authError} />
          </div>
        )}
        {ssoEnabled && (
          <>
            <SsoSignIn messages={m.signIn} callbackUrl={callbackUrl} />
            <p className="mt-8 mb-4 border-t border-qc-blue-pale pt-6">{m.signIn.passwordOption}</p>
          </>
        )}
        <SignInForm messages={m.signIn} callbackUrl={callbackUrl} />
      </main>
    </>
  );
}
