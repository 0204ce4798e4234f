import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { IMPORT_LIMITS, ImportFileError } from './limits';

// CSV as Quebec's Excel writes it: UTF-8 with or without a byte-order mark, `;` between cells (a French
// Windows lists with `;` because `,` is the decimal mark), or `,` as elsewhere. Read as a stream of rows.

/** The separator of the header line: the one of `;`, `,` and tab that occurs most outside quotes. */
export function detectDelimiter(text: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  for (const char of text.slice(0, 64 * 1024)) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && char in counts) counts[char]!++;
  }
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** Refuses what is not UTF-8 text: binary garbage (NUL bytes) or another encoding (Windows-1252). */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportFileError('unreadable');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('notUtf8');
  }
}

/** The rows of the file, the header first, each a list of trimmed cells; the limits are checked as it reads. */
export async function* readCsvRows(bytes: Uint8Array): AsyncGenerator<string[]> {
  const text = decodeCsvText(bytes);
  const parser = Readable.from([text.replace(/^\uFEFF/, '')]).pipe(
    parse({
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // A cell longer than this is refused below; the parser stops a runaway quote well before memory does.
      max_record_size: IMPORT_LIMITS.maxCellLength * IMPORT_LIMITS.maxColumns,
    }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      checkRow(record, row);
      yield record;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('malformedCsv', row + 1);
  }
  if (row === 0) throw new ImportFileError('empty');
}

/** The limits every row of either format meets: columns, cell length, row count (row 1 is the header). */
export function checkRow(cells: string[], row: number): void {
  if (cells.length > IMPORT_LIMITS.maxColumns) throw new ImportFileError('tooManyColumns', row);
  if (cells.some((cell) => cell.length > IMPORT_LIMITS.maxCellLength)) throw new ImportFileError('cellTooLong', row);
  if (row - 1 > IMPORT_LIMITS.maxRows) throw new ImportFileError('tooManyRows', row);
}
