import type { InputHTMLAttributes } from 'react';
import { controlBorder, FieldFrame } from './field-frame';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
}

export function TextField({ label, error, hint, className, required, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className} required={required}>
      {(control) => <input {...control} className={`w-full max-w-md rounded border-2 px-3 py-2 ${controlBorder(error)}`} {...input} />}
    </FieldFrame>
  );
}
