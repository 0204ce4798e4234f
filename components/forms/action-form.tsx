'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { DateField } from '@/components/ui/date-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import type { ActionResult } from '@/lib/action';
import { useActionSubmit, useFormMessages } from './use-action-form';
import { useSchemaForm } from './use-schema-form';

export type FieldSpec =
  | { name: string; label: string; kind: 'text' | 'date' | 'number'; hint?: string }
  | { name: string; label: string; kind: 'textarea'; hint?: string }
  | { name: string; label: string; kind: 'select'; options: { value: string; label: string }[]; hint?: string }
  // Several choices at once: the value is the array of the checked options' values.
  | { name: string; label: string; kind: 'checkboxes'; options: { value: string; label: string }[] };

export interface ActionFormProps {
  /** The server action; called with the form's values and the hidden ones. */
  action: (input: never) => Promise<ActionResult<unknown>>;
  schema: z.ZodType;
  fields: FieldSpec[];
  /** Values the user does not type: ids, versions. An idempotency key is added for creates. */
  hidden: Record<string, unknown>;
  defaults?: Record<string, unknown>;
  submitLabel: string;
  successMessage: string;
  /** Asked before running an irreversible or destructive action. */
  confirm?: { question: string; confirmLabel: string; cancelLabel: string };
  idempotent?: boolean;
  dateHint: string;
  reloadLabel: string;
  /** Where to go after a success (e.g. the record just created), instead of staying on a refreshed page. */
  successHref?: (data: unknown) => string;
}

/**
 * A small form of the person's file (intervention, goal, referral, transfer, closure...): fields from a
 * list, validation by the same schema as the server, field errors on their fields, a confirmation step when
 * asked, and after success a fresh page. A stale version says so and offers to reload.
 */
export function ActionForm({ action, schema, fields, hidden, defaults, submitLabel, successMessage, confirm, idempotent, dateHint, reloadLabel, successHref }: ActionFormProps) {
  const router = useRouter();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [confirming, setConfirming] = useState(false);
  const { register, handleSubmit, setError, formState, reset } = useSchemaForm<FieldValues>(schema, {
    values: { ...defaults, ...hidden, ...(idempotent ? { idempotencyKey: key } : {}) },
  });
  const { submit, generalError } = useActionSubmit(setError);
  const { validationText } = useFormMessages();
  const [conflict, setConflict] = useState(false);

  const run = handleSubmit(async (values) => {
    if (confirm && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const result = await submit(async () => {
      const answer = await action(values as never);
      setConflict(!answer.ok && answer.error === 'conflict');
      return answer;
    });
    if (result && successHref) {
      router.push(successHref(result.data));
      return;
    }
    if (result) {
      // A toast, not a message inside the form: many forms disappear on success (closing an accompaniment
      // removes its close form), and the toaster's live region, always mounted, is read by screen readers.
      notify.success(successMessage);
      setKey(crypto.randomUUID());
      reset();
      router.refresh();
    }
  });

  return (
    <form onSubmit={run} noValidate className="space-y-3">
      <FormAlert message={generalError} />
      {conflict && (
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {reloadLabel}
        </Button>
      )}
      {fields.map((field) => {
        const error = validationText(formState.errors[field.name]?.message as string | undefined);
        if (field.kind === 'checkboxes') return <CheckboxGroup key={field.name} legend={field.label} options={field.options} error={error} registration={register(field.name)} />;
        if (field.kind === 'select') return <SelectField key={field.name} label={field.label} hint={field.hint} options={field.options} error={error} {...register(field.name)} />;
        if (field.kind === 'textarea') {
          return (
            <TextAreaField key={field.name} label={field.label} hint={field.hint} error={error} {...register(field.name)} />
          );
        }
        if (field.kind === 'date') return <DateField key={field.name} label={field.label} hint={field.hint ?? dateHint} autoComplete="off" error={error} {...register(field.name)} />;
        return <TextField key={field.name} label={field.label} type={field.kind === 'number' ? 'number' : 'text'} autoComplete="off" hint={field.hint} error={error} {...register(field.name)} />;
      })}
      {confirming && confirm ? (
        <div role="alertdialog" aria-labelledby={`${submitLabel}-question`} className="space-y-2 border-l-4 border-qc-red bg-qc-red-pale p-3">
          <p id={`${submitLabel}-question`} className="font-semibold">
            {confirm.question}
          </p>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" autoFocus disabled={formState.isSubmitting}>
              {confirm.confirmLabel}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {confirm.cancelLabel}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit" disabled={formState.isSubmitting}>
          {submitLabel}
        </Button>
      )}
    </form>
  );
}
