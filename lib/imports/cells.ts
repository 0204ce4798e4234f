import { COUNTRY_CODES, LANGUAGE_CODES } from '@/lib/persons/countries';
import type { ImportColumn } from './columns';
import { normalizeLabel } from './normalize';

// A cell's text becomes what the form would send for its field. Nothing is judged here beyond reading the
// spreadsheet's conventions (a label for a code, an Excel serial for a date, "oui" for a checked box): a
// value that cannot be read is passed on as written, and the form's schema refuses it with its own message.

/** Excel's serial days count from 1899-12-30 (its 1900 leap-year bug included); 1 to 2958465 is 1900-01-01 to 9999-12-31. */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const day = Math.floor(serial);
  return new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).toISOString().slice(0, 10);
}

function readDate(text: string): string {
  // A date cell of a sheet is given as YYYY-MM-DD; a time of midnight may follow when a program wrote it so.
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text);
  if (iso) return iso[1]!;
  if (/^\d{1,7}(?:\.\d+)?$/.test(text)) return excelSerialToDate(Number(text)) ?? text;
  return text;
}

const TRUE = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x']);
const FALSE = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

function namesOf(codes: readonly string[], type: 'region' | 'language'): Map<string, string> {
  const names = new Map<string, string>();
  for (const locale of ['fr-CA', 'en-CA']) {
    const display = new Intl.DisplayNames([locale], { type });
    for (const code of codes) {
      const name = display.of(code);
      if (name) names.set(normalizeLabel(name), code);
    }
  }
  for (const code of codes) names.set(normalizeLabel(code), code);
  return names;
}
let countries: Map<string, string> | undefined;
let languages: Map<string, string> | undefined;

/** "fr, en", "fr;en", "Français / Anglais": the list's items, split on the usual separators. */
function items(text: string): string[] {
  return text
    .split(/[,;|/\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function enumCode(column: ImportColumn, text: string): string {
  const wanted = normalizeLabel(text);
  const found = column.values?.find((value) => [value.code, value.fr, value.en].some((name) => normalizeLabel(name) === wanted));
  return found?.code ?? text;
}

export type CellReading = { value: unknown } | { error: string };

/** The form's value of a cell (an empty cell is the empty field), or the code of what cannot be read. */
export function readCell(column: ImportColumn, text: string): CellReading {
  const trimmed = text.trim();
  switch (column.kind) {
    case 'text':
      return { value: trimmed };
    case 'date':
      return { value: trimmed === '' ? '' : readDate(trimmed) };
    case 'boolean': {
      const word = normalizeLabel(trimmed);
      if (word === '') return { value: false };
      if (TRUE.has(word)) return { value: true };
      if (FALSE.has(word)) return { value: false };
      // The form's checkbox reads anything but "on" as unchecked: a spreadsheet's "peut-être" must not.
      return { error: 'invalidBoolean' };
    }
    case 'enum':
      return { value: trimmed === '' ? '' : enumCode(column, trimmed) };
    case 'enumList':
      return { value: items(trimmed).map((item) => enumCode(column, item)) };
    case 'country':
      countries ??= namesOf(COUNTRY_CODES, 'region');
      return { value: trimmed === '' ? '' : (countries.get(normalizeLabel(trimmed)) ?? trimmed) };
    case 'languages':
      languages ??= namesOf(LANGUAGE_CODES, 'language');
      return { value: items(trimmed).map((item) => languages!.get(normalizeLabel(item)) ?? item) };
  }
}
