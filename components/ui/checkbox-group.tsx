import type { UseFormRegisterReturn } from 'react-hook-form';

export interface CheckboxGroupProps {
  legend: string;
  options: { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  error?: string;
  columns?: 2 | 3 | 4;
}

/**
 * A fieldset of checkboxes for a multi-choice field: keyboard and screen-reader friendly, error tied to the group.
 * A required group (`registration.required`, from the form's schema: at least one choice) marks each box
 * `aria-required`: a fieldset (role group) may not carry aria-required, and native `required` on a checkbox
 * would mean that this very box must be ticked.
 */
export function CheckboxGroup({ legend, options, registration: { required, ...registration }, error, columns = 2 }: CheckboxGroupProps) {
  const errorId = error ? `${registration.name}-error` : undefined;
  const grid = { 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-3', 4: 'sm:grid-cols-4' }[columns];
  return (
    <fieldset aria-describedby={errorId} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {error && (
        <p id={errorId} className="mb-1 font-semibold text-qc-red">
          {error}
        </p>
      )}
      <div className={`grid gap-1 ${grid}`}>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input type="checkbox" value={option.value} className="h-5 w-5" aria-required={required ? true : undefined} {...registration} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
