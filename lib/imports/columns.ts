import { normalizeLabel } from './normalize';

// The shape of a column of an import template: the form field it fills, its French and English headers
// (and other spellings seen in the region's spreadsheets), and how its cell becomes the form's value. The
// form's zod schema then judges the value, exactly as it judges what an agent types.

export type ColumnKind = 'text' | 'date' | 'boolean' | 'enum' | 'enumList' | 'country' | 'languages';

/** The fields of a form's schema an import may fill: a column list typed against it cannot name another. */
export type FieldOf<Values> = Extract<keyof Values, string>;

export interface ImportColumn<Field extends string = string> {
  field: Field;
  required: boolean;
  fr: string;
  en: string;
  /** Other headers that mean this column, as written (they are normalized before matching). */
  aliases?: string[];
  kind: ColumnKind;
  /** For enums: each value's code and its labels; a cell may give the code or a label, in French or English. */
  values?: { code: string; fr: string; en: string }[];
  /** The example row of the template. */
  example: string;
}

/** Which column of the file fills each field: the index of the file's column, or null when none does. */
export type ColumnMapping = Record<string, number | null>;

/**
 * Matches the file's headers to the columns by name (accents, case, spacing and punctuation set aside,
 * French, English or an alias); each header fills at most one field.
 */
export function matchHeaders(headers: string[], columns: readonly ImportColumn[]): ColumnMapping {
  const normalized = headers.map(normalizeLabel);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const column of columns) {
    const names = [column.fr, column.en, column.field, ...(column.aliases ?? [])].map(normalizeLabel);
    const index = normalized.findIndex((header, position) => !taken.has(position) && header !== '' && names.includes(header));
    mapping[column.field] = index >= 0 ? index : null;
    if (index >= 0) taken.add(index);
  }
  return mapping;
}

/** The required columns no header fills: the mapping screen must be completed before the preview. */
export function missingRequired(mapping: ColumnMapping, columns: readonly ImportColumn[]): string[] {
  return columns.filter((column) => column.required && (mapping[column.field] === null || mapping[column.field] === undefined)).map((column) => column.field);
}
