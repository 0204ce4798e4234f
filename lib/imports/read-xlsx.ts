import { Unzip, UnzipInflate } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { IMPORT_LIMITS, ImportFileError } from './limits';
import { checkRow } from './read-csv';

// .xlsx through read-excel-file (maintained; the registry's `xlsx` package is frozen with known flaws).
// An .xlsx is a zip of XML files: before the reader unpacks it, it is unpacked here once, counting the bytes
// it really gives (a zip's declared sizes can lie), and refused past the limits: a zip bomb never reaches
// the reader. Formulas are never evaluated: the reader gives the value the spreadsheet program stored.

/** Unpacks the whole zip without keeping anything, and refuses it if it gives too much. */
export function checkZip(bytes: Uint8Array): void {
  let unpacked = 0;
  let entries = 0;
  const limit = Math.min(IMPORT_LIMITS.maxUnpackedBytes, Math.max(bytes.length, 64 * 1024) * IMPORT_LIMITS.maxCompressionRatio);
  let refused: ImportFileError | undefined;
  const unzip = new Unzip((file) => {
    if (refused) return;
    if (++entries > IMPORT_LIMITS.maxZipEntries) {
      refused = new ImportFileError('zipBomb');
      return;
    }
    file.ondata = (error, data) => {
      if (refused) return;
      if (error) {
        refused = new ImportFileError('unreadable');
        return;
      }
      unpacked += data.length;
      if (unpacked > limit) {
        refused = new ImportFileError('zipBomb');
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // In slices, so that a bomb is stopped after the slice that crossed the limit, not after all of it.
    const slice = 64 * 1024;
    for (let offset = 0; offset < bytes.length && !refused; offset += slice) {
      unzip.push(bytes.subarray(offset, offset + slice), offset + slice >= bytes.length);
    }
  } catch {
    throw refused ?? new ImportFileError('unreadable');
  }
  if (refused) throw refused;
  if (entries === 0) throw new ImportFileError('unreadable');
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A cell the program formatted as a date: read-excel-file gives a Date at midnight UTC of that day.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** The rows of the first sheet, the header first, each a list of cells as text. */
// A workbook is read whole by the reader: the rows of one upload are kept for its second pass (lib/imports/analyse.ts).
const sheets = new WeakMap<Uint8Array, unknown[][]>();

async function firstSheet(bytes: Uint8Array): Promise<unknown[][]> {
  const kept = sheets.get(bytes);
  if (kept) return kept;
  checkZip(bytes);
  try {
    const sheet = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as unknown[][];
    sheets.set(bytes, sheet);
    return sheet;
  } catch {
    throw new ImportFileError('unreadable');
  }
}

export async function* readXlsxRows(bytes: Uint8Array): AsyncGenerator<string[]> {
  const sheet = await firstSheet(bytes);
  let row = 0;
  for (const cells of sheet) {
    const texts = cells.map(cellText);
    if (texts.every((text) => text === '')) continue;
    row++;
    checkRow(texts, row);
    yield texts;
  }
  if (row === 0) throw new ImportFileError('empty');
}
