'use client';
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/action';
import { format } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages/fr';

export interface FormMessages {
  validation: Messages['validation'];
  actionErrors: Messages['actionErrors'];
}

/** Turns an error code from a zod schema or the server into the sentence of the catalogue. */
export function validationText(messages: FormMessages, code: string | undefined): string | undefined {
  if (!code) return undefined;
  return (messages.validation as Record<string, string>)[code] ?? messages.validation.invalid;
}

/** The general sentence for a failed action (with its reference id when the failure was unexpected). */
export function actionErrorText(messages: FormMessages, result: Extract<ActionResult<unknown>, { ok: false }>): string {
  return format(messages.actionErrors[result.error], { reference: result.reference ?? '' });
}

/**
 * Submits a form to a server action and spreads the answer: each field error on its field (setError),
 * anything else as one general message. Returns `{ data }` on success (data may be undefined for actions
 * that return nothing), undefined otherwise.
 */
export function useActionSubmit<Values extends FieldValues>(messages: FormMessages, setError: UseFormSetError<Values>) {
  const [generalError, setGeneralError] = useState<string | null>(null);
  async function submit<T>(run: () => Promise<ActionResult<T>>): Promise<{ data: T } | undefined> {
    setGeneralError(null);
    const result = await run();
    if (result.ok) return { data: result.data };
    for (const [field, code] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as Path<Values>, { type: 'server', message: code });
    }
    setGeneralError(actionErrorText(messages, result));
    return undefined;
  }
  return { submit, generalError };
}
