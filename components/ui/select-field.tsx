import type { SelectHTMLAttributes } from 'react';
import { controlBorder, FieldFrame } from './field-frame';

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  error?: string;
  hint?: string;
}

export function SelectField({ label, options, error, hint, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <select {...control} className={`w-full max-w-md rounded border-2 bg-white px-3 py-2 ${controlBorder(error)}`} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
