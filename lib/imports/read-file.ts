import { IMPORT_LIMITS, ImportFileError } from './limits';
import { readCsvRows } from './read-csv';
import { readXlsxRows } from './read-xlsx';

export type SourceFormat = 'csv' | 'xlsx';

/**
 * What the file is, by its first bytes rather than its name: a zip (PK) is read as .xlsx, anything else as
 * CSV text. A binary file renamed .xlsx or .csv is refused either way with a clear message.
 */
export function sourceFormat(bytes: Uint8Array): SourceFormat {
  if (bytes.length === 0) throw new ImportFileError('empty');
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) throw new ImportFileError('tooLarge');
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

export function readRows(bytes: Uint8Array): AsyncGenerator<string[]> {
  return sourceFormat(bytes) === 'xlsx' ? readXlsxRows(bytes) : readCsvRows(bytes);
}
