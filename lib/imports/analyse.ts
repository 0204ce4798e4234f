import type { ImportColumn, ColumnMapping } from './columns';
import { matchHeaders, missingRequired } from './columns';
import { readCell } from './cells';
import { ImportFileError } from './limits';
import { readRows } from './read-file';

// The first pass over a file, shared by every kind of import: headers matched to columns, each row's
// cells read into the form's values. What the values are worth is the form's schema's call (the caller's).

/** One problem of a row: its number in the file (the header is row 1), the column, the value, the code. */
export interface RowIssue {
  row: number;
  field: string;
  /** The file's header of the column, as written; null when the field has no column (a required one). */
  column: string | null;
  value: string;
  code: string;
}

export interface SourceRow {
  row: number;
  cells: string[];
  /** The form's values read from the cells, by field. */
  values: Record<string, unknown>;
  issues: RowIssue[];
}

export interface ReadSource {
  headers: string[];
  mapping: ColumnMapping;
  rows: AsyncGenerator<SourceRow>;
}

export class MappingIncompleteError extends Error {
  constructor(
    readonly headers: string[],
    readonly mapping: ColumnMapping,
    readonly missing: string[],
  ) {
    super('import mapping incomplete');
    this.name = 'MappingIncompleteError';
  }
}

/**
 * Opens a file: reads its header row, matches it (or takes the user's mapping, checked against the file),
 * and gives its data rows one at a time. A mapping that leaves a required field without a column is
 * refused with the headers and the suggested mapping, for the mapping screen.
 */
export async function readSource(bytes: Uint8Array, columns: readonly ImportColumn[], chosen?: ColumnMapping): Promise<ReadSource> {
  // A first pass reads the rows without judging them: a file past a limit (rows, cells, columns) or
  // malformed further down is refused in a fraction of the time its judgement would take, before any of it.
  for await (const _row of readRows(bytes)) void _row;
  const rows = readRows(bytes);
  const first = await rows.next();
  if (first.done) throw new ImportFileError('empty');
  const headers = first.value;
  if (headers.every((header) => header === '')) throw new ImportFileError('noHeader');
  const mapping = chosen ? checkedMapping(chosen, headers, columns) : matchHeaders(headers, columns);
  const missing = missingRequired(mapping, columns);
  if (missing.length > 0) throw new MappingIncompleteError(headers, mapping, missing);
  return { headers, mapping, rows: sourceRows(rows, headers, mapping, columns) };
}

/** The user's mapping, keeping only known fields and columns that exist in the file, each column once. */
function checkedMapping(chosen: ColumnMapping, headers: string[], columns: readonly ImportColumn[]): ColumnMapping {
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const column of columns) {
    const index = chosen[column.field];
    const valid = typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < headers.length && !used.has(index);
    mapping[column.field] = valid ? index : null;
    if (valid) used.add(index);
  }
  return mapping;
}

async function* sourceRows(rows: AsyncGenerator<string[]>, headers: string[], mapping: ColumnMapping, columns: readonly ImportColumn[]): AsyncGenerator<SourceRow> {
  let row = 1;
  for await (const cells of rows) {
    row++;
    const values: Record<string, unknown> = {};
    const issues: RowIssue[] = [];
    for (const column of columns) {
      const index = mapping[column.field];
      if (index === null || index === undefined) continue;
      const text = cells[index] ?? '';
      const reading = readCell(column, text);
      if ('error' in reading) issues.push({ row, field: column.field, column: headers[index] ?? null, value: text, code: reading.error });
      else values[column.field] = reading.value;
    }
    yield { row, cells, values, issues };
  }
}

/** The file's header and value of a field in a row, for an issue the schema found. */
export function issueFor(source: { headers: string[]; mapping: ColumnMapping }, row: Pick<SourceRow, 'row' | 'cells'>, field: string, code: string): RowIssue {
  const index = source.mapping[field];
  const known = index !== null && index !== undefined;
  return { row: row.row, field, column: known ? (source.headers[index] ?? null) : null, value: known ? (row.cells[index] ?? '') : '', code };
}
