'use client';
import { useActionState } from 'react';
import { signInWithPassword, type SignInState } from '@/app/(auth)/sign-in/actions';
import type { Messages } from '@/lib/i18n/messages/fr';
import { TextField } from '@/components/ui/text-field';

export interface SignInFormProps {
  messages: Messages['signIn'];
  callbackUrl: string;
}

export function SignInForm({ messages, callbackUrl }: SignInFormProps) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPassword, { email: '' });
  const emailError = state.fieldErrors?.email ? messages[state.fieldErrors.email] : undefined;
  const passwordError = state.fieldErrors?.password ? messages[state.fieldErrors.password] : undefined;
  return (
    <form action={formAction} noValidate className="space-y-5">
      {state.error && (
        <div role="alert" data-testid="sign-in-error" className="border-l-4 border-qc-red bg-qc-red-pale p-4">
          <p className="font-semibold">{messages.errorSummary}</p>
          <p>{messages[state.error]}</p>
        </div>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label={messages.email}
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={state.email}
        error={emailError}
        required
      />
      <TextField
        label={messages.password}
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
        {pending ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}
