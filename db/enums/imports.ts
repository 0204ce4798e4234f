// Value lists of the spreadsheet imports. Imports nothing: the pgEnums, the zod schemas and the browser read them.

/** What a batch brings in: persons with their accompaniment (agents), or employer files (advisers). */
export const IMPORT_KINDS = ['persons', 'employer_files'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A batch is committed once; undone, its files are gone and its fingerprints freed for a new import. */
export const IMPORT_BATCH_STATUSES = ['committed', 'undone'] as const;
