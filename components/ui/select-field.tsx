import type { SelectHTMLAttributes } from 'react';
import { controlBorder, FieldFrame } from './field-frame';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  name: string;
  options: SelectOption[];
  /** Options under a heading each (`<optgroup>`), after `options`: e.g. service points by region. */
  groups?: { label: string; options: SelectOption[] }[];
  error?: string;
  hint?: string;
}

export function SelectField({ label, options, groups, error, hint, className, required, ...select }: SelectFieldProps) {
  const option = ({ value, label: text }: SelectOption) => (
    <option key={value} value={value}>
      {text}
    </option>
  );
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className} required={required}>
      {(control) => (
        <select {...control} className={`w-full max-w-md rounded border-2 bg-white px-3 py-2 ${controlBorder(error)}`} {...select}>
          {options.map(option)}
          {groups?.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map(option)}
            </optgroup>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
