// CSV that Excel in French opens as written: UTF-8 with a byte-order mark (without it, accents break),
// RFC 4180 quoting, CRLF line ends, and text that a spreadsheet would run as a formula neutralized.

const BOM = '\uFEFF';
// A cell starting with one of these is read as a formula (or splits a line) by spreadsheets: CSV injection.
const FORMULA_START = /^[=+\-@\t\r\n]/;

export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers are data, negative ones included: only text is neutralized.
  let text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the header row, then one row per record. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
