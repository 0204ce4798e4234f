import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  required?: true;
  'aria-required'?: true;
}

export interface FieldFrameProps {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  /**
   * The value may not stay empty: the control gets `required` and `aria-required="true"`, announced by screen
   * readers. Forms derive it from their schema (components/forms/use-schema-form.ts), never set it by hand.
   */
  required?: boolean;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode;
}

/** Label, hint and error around one form control, announced with it by screen readers (aria-describedby). */
export function FieldFrame({ label, error, hint, className, required, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-qc-grey-dark">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mb-1 font-semibold text-qc-red">
          {error}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, ...(required ? { required: true, 'aria-required': true } : {}) })}
    </div>
  );
}

export function controlBorder(error: string | undefined): string {
  return error ? 'border-qc-red' : 'border-qc-grey';
}
