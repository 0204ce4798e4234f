// The limits of an import, each refused with its own message (lib/i18n `imports.fileErrors`). They keep one
// upload from holding the server: a file is read as a stream of rows and stops at the first limit crossed.
export const IMPORT_LIMITS = {
  /** The upload itself. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Data rows, the header row not counted. */
  maxRows: 50_000,
  /** Characters in one cell: the longest field of the forms is 4,000 (notes); a name is 100. */
  maxCellLength: 4_000,
  /** Columns of the header row. */
  maxColumns: 100,
  /** An .xlsx is a zip: what it unpacks to, in all, and at most how many times its packed size (zip bomb). */
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  /** Entries in the zip: a real workbook has a few dozen. */
  maxZipEntries: 1_000,
} as const;

/** Why a file as a whole is refused: a code the catalogue words (`imports.fileErrors.<code>`). */
export type FileErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'tooManyRows'
  | 'tooManyColumns'
  | 'cellTooLong'
  | 'unreadable'
  | 'notUtf8'
  | 'zipBomb'
  | 'noSheet'
  | 'noHeader'
  | 'malformedCsv';

export class ImportFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    /** The row (1 = the header) where the limit was crossed, when there is one. */
    readonly row?: number,
  ) {
    super(`import file refused: ${code}`);
    this.name = 'ImportFileError';
  }
}
