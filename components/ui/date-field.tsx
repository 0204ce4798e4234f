'use client';
import { useEffect, useRef, type ChangeEvent, type InputHTMLAttributes, type Ref } from 'react';
import { DATE_RANGE } from '@/lib/validation';
import { controlBorder, FieldFrame } from './field-frame';

export interface DateFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'pattern' | 'min' | 'max'> {
  label: string;
  name: string;
  /** The format, shown under the label and read with the field: "Format : AAAA-MM-JJ (ex. : 2019-08-31)". */
  hint: string;
  error?: string;
  /**
   * Plain (non-JavaScript-validated) forms: the browser's message when the form is sent with something that
   * is not a real day between min and max. Forms validated by zod (react-hook-form) show `error` instead.
   */
  invalidMessage?: string;
  /** Bounds, YYYY-MM-DD; DATE_RANGE (lib/validation.ts) by default, as the server checks. */
  // A react-hook-form registration may carry numeric bounds in its type; only strings are meaningful here.
  min?: string | number;
  max?: string | number;
  ref?: Ref<HTMLInputElement>;
}

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The client's reading of lib/validation's calendarDate, with this field's bounds. */
export function isDateInRange(value: string, min: string = DATE_RANGE.min, max: string = DATE_RANGE.max): boolean {
  if (!SHAPE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= min && value <= max;
}

/**
 * Typing digits only gives the dashes: 2 0 1 9 0 8 0 1 → 2019-08-01 (phones' numeric keypads have no "-").
 * A pasted 2019/08/01 or 2019.08.01 becomes 2019-08-01; 08/01/2019 is left as typed, for the reader to see
 * and the validation to refuse, rather than guessed.
 */
export function withDashes(value: string): string {
  const separated = /^(\d{4})[/. ](\d{2})[/. ](\d{2})$/.exec(value);
  if (separated) return `${separated[1]}-${separated[2]}-${separated[3]}`;
  if (!/^[\d-]*$/.test(value)) return value;
  const digits = value.replace(/-/g, '');
  if (digits.length > 8) return value;
  if (digits.length < 4) return digits;
  const [year, month, day] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)];
  return digits.length < 6 ? `${year}-${month}` : `${year}-${month}-${day}`;
}

/**
 * A calendar date typed as AAAA-MM-JJ (YYYY-MM-DD), whatever the browser's language: <input type="date">
 * shows 08/01/2019 in Chromium fr-CA, which a Quebec reader takes for January 8. A text field with a numeric
 * keypad, its format in view, the app's bounds, and the same value the server's calendarDate accepts.
 * Works in a plain GET form (pattern and custom validity) and with react-hook-form's register (ref, onChange,
 * onBlur pass through).
 */
export function DateField({ label, hint, error, invalidMessage, min: minBound, max: maxBound, className, required, onChange, ref, ...input }: DateFieldProps) {
  const min = typeof minBound === 'string' ? minBound : DATE_RANGE.min;
  const max = typeof maxBound === 'string' ? maxBound : DATE_RANGE.max;
  const own = useRef<HTMLInputElement | null>(null);

  function setValidity(element: HTMLInputElement) {
    if (!invalidMessage) return;
    element.setCustomValidity(element.value === '' || isDateInRange(element.value, min, max) ? '' : invalidMessage);
  }

  // A value given by the server (defaultValue) is checked too, before anyone types.
  useEffect(() => {
    if (own.current) setValidity(own.current);
  });

  function change(event: ChangeEvent<HTMLInputElement>) {
    const element = event.currentTarget;
    const inputType = (event.nativeEvent as InputEvent).inputType ?? '';
    if (inputType.startsWith('insert') && element.selectionStart === element.value.length) {
      const formatted = withDashes(element.value);
      if (formatted !== element.value) element.value = formatted;
    }
    setValidity(element);
    onChange?.(event);
  }

  return (
    <FieldFrame label={label} error={error} hint={hint} className={className} required={required}>
      {(control) => (
        <input
          {...control}
          {...input}
          ref={(element) => {
            own.current = element;
            if (typeof ref === 'function') return ref(element);
            if (ref) ref.current = element;
          }}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={10}
          pattern="\d{4}-\d{2}-\d{2}"
          onChange={change}
          className={`w-36 rounded border-2 bg-white px-2 py-1.5 tabular-nums ${controlBorder(error)}`}
        />
      )}
    </FieldFrame>
  );
}
