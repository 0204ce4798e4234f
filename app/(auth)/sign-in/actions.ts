'use server';
import { AuthError, type CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/lib/auth';
import { safeRedirectPath } from '@/lib/auth/redirect-path';
import { readSsoSettings, SSO_PROVIDER_ID } from '@/lib/auth/sso-settings';
import { THROTTLED_CODE } from '@/lib/auth/throttled-sign-in';
import { UNAVAILABLE_CODE } from '@/lib/auth/unavailable-sign-in';

export interface SignInState {
  email: string;
  error?: 'invalidCredentials' | 'throttled' | 'unavailable' | 'unexpected';
  fieldErrors?: { email?: 'emailInvalid'; password?: 'passwordRequired' };
}

const signInForm = z.object({
  email: z.string().trim().email(),
  password: z.string().min(1),
});

/** Public by nature (it is how one gets a session); throttled and audited in the credentials check. */
export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  // Anyone can post anything here: a body that is not the form is an empty form.
  const form = formData instanceof FormData ? formData : new FormData();
  const email = String(form.get('email') ?? '');
  const parsed = signInForm.safeParse({ email, password: form.get('password') ?? '' });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return {
      email,
      fieldErrors: {
        ...(fields.has('email') ? { email: 'emailInvalid' as const } : {}),
        ...(fields.has('password') ? { password: 'passwordRequired' as const } : {}),
      },
    };
  }
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirectPath(form.get('callbackUrl')),
    });
  } catch (error) {
    // A successful sign-in "throws" the redirect: let it through.
    if (error instanceof AuthError) {
      if (error.type !== 'CredentialsSignin') return { email, error: 'unexpected' };
      // authorize() throws ThrottledSignIn (a CredentialsSignin) while failures hold attempts back, and
      // UnavailableSignIn when the database could not be asked.
      const code = (error as CredentialsSignin).code;
      if (code === UNAVAILABLE_CODE) return { email, error: 'unavailable' };
      return { email, error: code === THROTTLED_CODE ? 'throttled' : 'invalidCredentials' };
    }
    throw error;
  }
  return { email };
}

/**
 * Starts the Microsoft Entra ID round trip (a redirect to the provider). The staff account is looked up
 * and the attempt audited when the provider sends the browser back (the signIn callback in lib/auth).
 */
export async function signInWithMicrosoft(formData: FormData): Promise<void> {
  if (!readSsoSettings()) redirect('/sign-in');
  const callbackUrl = formData instanceof FormData ? formData.get('callbackUrl') : null;
  try {
    await signIn(SSO_PROVIDER_ID, { redirectTo: safeRedirectPath(callbackUrl) });
  } catch (error) {
    // E.g. the provider's metadata cannot be fetched: say so on the sign-in page. The redirect goes through.
    if (error instanceof AuthError) redirect(`/sign-in?${new URLSearchParams({ error: error.type })}`);
    throw error;
  }
}
