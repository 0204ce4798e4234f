'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { notify } from '@/components/ui/toaster';
import type { ActionResult } from '@/lib/action';
import type { Messages } from '@/lib/i18n/messages/fr';

export type ValidationCode = keyof Messages['validation'];

/** What validationText needs of a translator of the `validation` namespace (useTranslations or getTranslator). */
export interface ValidationTranslator {
  (key: ValidationCode): string;
  has(key: ValidationCode): boolean;
}

/** Turns an error code from a zod schema or the server into the sentence of the catalogue; unknown → `invalid`. */
export function validationText(t: ValidationTranslator, code: string | undefined): string | undefined {
  if (!code) return undefined;
  // A code is a plain key of the namespace: not a path ("a.b") nor an Object property ("constructor").
  const known = /^[A-Za-z]\w*$/.test(code) && !(code in Object.prototype) && t.has(code as ValidationCode);
  return t(known ? (code as ValidationCode) : 'invalid');
}

/** The sentences every data-entry form needs: field errors by code, and the general error of an action. */
export function useFormMessages() {
  const tValidation = useTranslations('validation');
  const tErrors = useTranslations('actionErrors');
  return {
    validationText: (code: string | undefined) => validationText(tValidation, code),
    /** The general sentence for a failed action (with its reference id when the failure was unexpected). */
    actionErrorText: (result: Extract<ActionResult<unknown>, { ok: false }>) =>
      result.error === 'unexpected' ? tErrors('unexpected', { reference: result.reference ?? '' }) : tErrors(result.error),
  };
}

/**
 * Submits a form to a server action and spreads the answer: each field error on its field (setError, focus on
 * the first), and the general failure either as `generalError` for the form to show inline (the default) or,
 * with `{ report: 'toast' }`, as a notification (components/ui/toaster.tsx). Returns `{ data }` on success
 * (data may be undefined for actions that return nothing), undefined otherwise; the caller says the success.
 */
export function useActionSubmit<Values extends FieldValues>(setError: UseFormSetError<Values>, { report = 'inline' }: { report?: 'inline' | 'toast' } = {}) {
  const { actionErrorText } = useFormMessages();
  const [generalError, setGeneralError] = useState<string | null>(null);
  async function submit<T>(run: () => Promise<ActionResult<T>>): Promise<{ data: T } | undefined> {
    setGeneralError(null);
    const result = await run();
    if (result.ok) return { data: result.data };
    Object.entries(result.fieldErrors ?? {}).forEach(([field, code], index) => {
      setError(field as Path<Values>, { type: 'server', message: code }, { shouldFocus: index === 0 });
    });
    if (report === 'toast') notify.error(actionErrorText(result));
    else setGeneralError(actionErrorText(result));
    return undefined;
  }
  return { submit, generalError };
}
