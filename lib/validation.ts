import { z } from 'zod';

// zod compiles object schemas with `new Function` when it can. The CSP forbids eval: zod then falls back to
// its interpreter, but the browser reports a CSP violation on every form. Never try.
z.config({ jitless: true });

// The two schemas every input goes through (forms, actions, query parameters): a value the database would
// refuse must be refused here first, with the field named, never reach SQL and come back as a 500.
// Messages are codes: the catalogue (lib/i18n `validation`) words them for forms, VALIDATION_SENTENCES for
// the JSON API.

/** Years outside this range are typing mistakes in this domain (and year 0 does not exist in PostgreSQL). */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date written YYYY-MM-DD: a real day (no February 30), between DATE_RANGE's bounds. */
export const calendarDate = z
  .string({ message: 'invalidDate' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate')
  .refine(isCalendarDay, 'invalidDate')
  .refine((value) => value >= DATE_RANGE.min && value <= DATE_RANGE.max, 'dateOutOfRange');

// C0 and C1 controls and DEL. NUL is refused by PostgreSQL's text type; the others have no place in a
// name or a search and hide what was typed. Line breaks and tabs are allowed only in multi-line text.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_CONTROLS = /[\t\n\r]/;

/**
 * Free text: trimmed, at most `max` characters, no control characters and no lone UTF-16 surrogate
 * (which no encoding can store). `min: 1` makes it required.
 */
export function boundedText({ max, min = 0, multiline = false }: { max: number; min?: number; multiline?: boolean }) {
  return z
    .string({ message: 'invalid' })
    .trim()
    .min(min, 'required')
    .max(max, 'tooLong')
    .refine((value) => value.isWellFormed() && !CONTROL_CHARACTERS.test(value) && (multiline || !LINE_CONTROLS.test(value)), 'controlCharacters');
}

/** English sentences of the codes above and of the other codes the API can answer, after the field name. */
export const VALIDATION_SENTENCES: Record<string, string> = {
  required: 'is required',
  invalid: 'is invalid',
  tooLong: 'is too long',
  invalidDate: 'must be a real calendar date written YYYY-MM-DD',
  dateOutOfRange: `must be between ${DATE_RANGE.min} and ${DATE_RANGE.max}`,
  controlCharacters: 'must not contain control characters',
  repeated: 'must be given once',
  unknownParameter: 'is not a parameter of this request',
  notAfterTo: 'must not be after "to"',
  notBeforeFrom: 'must not be before "from"',
  notAfterOpenedTo: 'must not be after "openedTo"',
  notAfterClosedTo: 'must not be after "closedTo"',
  pageBeyondLimit: 'must be at most 40: the list shows the first 1,000 persons; narrow it with q or the filters',
  unknownRegion: 'is not a known region',
  invalidRegion: 'must be a two-digit region code such as 08',
  invalidPage: 'must be a whole number from 1 to 10000',
  invalidPageSize: 'must be 10, 25, 50 or 100',
  invalidSort: 'must be a column this list can be sorted by, then .asc or .desc (e.g. name.asc)',
  outsideYourRegion: 'must be your own region',
  outsideScope: 'is outside your scope: a manager reads the figures of their own region only',
  notAfterActiveTo: 'must not be after "activeTo"',
};

/** Field → its first error code, for an action result, a form or a 400 answer. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The key a form generates when it opens: a replayed submit carries it again (lib/writes.ts createOnce). */
export const idempotencyKey = z.string({ message: 'invalid' }).uuid('invalid');
