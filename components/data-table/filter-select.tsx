import { FieldFrame } from '@/components/ui/field-frame';
import { FILTER_CONTROL } from './styles';

export interface FilterSelectProps {
  label: string;
  /** The URL parameter the choice goes to. */
  name: string;
  value: string | null;
  /** The first option, which sets no filter. */
  all: string;
  options: { value: string; label: string }[];
}

/** A filter of a data table's filter form: a select named after its URL parameter, "all" first. */
export function FilterSelect({ label, name, value, all, options }: FilterSelectProps) {
  return (
    <FieldFrame label={label} className="min-w-0 max-w-full">
      {(control) => (
        <select {...control} name={name} defaultValue={value ?? ''} className={FILTER_CONTROL}>
          <option value="">{all}</option>
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
