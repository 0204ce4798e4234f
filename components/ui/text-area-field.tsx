import type { TextareaHTMLAttributes } from 'react';
import { controlBorder, FieldFrame } from './field-frame';

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
}

/** Multi-line text with its label, hint and error; `required` (from the form's schema) as in TextField. */
export function TextAreaField({ label, error, hint, className, required, rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className} required={required}>
      {(control) => <textarea {...control} rows={rows} className={`w-full max-w-xl rounded border-2 px-3 py-2 ${controlBorder(error)}`} {...textarea} />}
    </FieldFrame>
  );
}
