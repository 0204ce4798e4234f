'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInWithPassword, type SignInState } from '@/app/(auth)/sign-in/actions';
import { TextField } from '@/components/ui/text-field';

export interface SignInFormProps {
  callbackUrl: string;
}

export function SignInForm({ callbackUrl }: SignInFormProps) {
  const t = useTranslations('signIn');
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPassword, { email: '' });
  const emailError = state.fieldErrors?.email ? t(state.fieldErrors.email) : undefined;
  const passwordError = state.fieldErrors?.password ? t(state.fieldErrors.password) : undefined;
  return (
    <form action={formAction} noValidate className="space-y-5">
      {state.error && (
        <div role="alert" data-testid="sign-in-error" className="border-l-4 border-qc-red bg-qc-red-pale p-4">
          <p className="font-semibold">{t('errorSummary')}</p>
          <p>{t(state.error)}</p>
        </div>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label={t('email')}
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={state.email}
        error={emailError}
        required
      />
      <TextField
        label={t('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        error={passwordError}
        required
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-qc-blue px-5 py-2 font-semibold text-white hover:bg-qc-blue-dark disabled:opacity-70"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
