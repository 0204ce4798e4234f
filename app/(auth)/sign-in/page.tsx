import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SiteHeader } from '@/components/shell/site-header';
import { FormAlert } from '@/components/ui/form-alert';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeRedirectPath } from '@/lib/auth/redirect-path';
import { getMessages } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.signIn.title };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  const { callbackUrl: requested, notice } = await searchParams;
  const callbackUrl = safeRedirectPath(requested);
  if (await getCurrentUser()) redirect(callbackUrl);
  const { locale, m } = await getMessages();
  return (
    <>
      <SiteHeader locale={locale} messages={m} />
      <main id="main" className="mx-auto max-w-xl px-4 py-10">
        <h1 className="mb-2 text-3xl font-bold">{m.signIn.title}</h1>
        <p className="mb-6">{m.signIn.intro}</p>
        {notice === 'password-changed' && (
          <div className="mb-6">
            <FormAlert tone="success" message={m.signIn.passwordChanged} />
          </div>
        )}
        <SignInForm messages={m.signIn} callbackUrl={callbackUrl} />
      </main>
    </>
  );
}
