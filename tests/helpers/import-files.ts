// The uploads of the import tests (tests/integration/imports-*.test.ts), built as the import page sends them.

/** A CSV as Quebec's Excel writes it by default: a byte-order mark, `;` between cells, CRLF line ends; a cell
 * holding a quote, a separator or a line break is quoted. */
export function csvFile(header: readonly string[], rows: readonly string[][], options: { separator?: string; bom?: boolean } = {}): Uint8Array {
  const { separator = ';', bom = true } = options;
  const quote = (cell: string) => (/[";,\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = (bom ? '\uFEFF' : '') + [header, ...rows].map((row) => row.map(quote).join(separator)).join('\r\n') + '\r\n';
  return new TextEncoder().encode(text);
}

/** The upload form: the file, and any other field the page adds (mapping, confirmed rows, target). */
export function importForm(bytes: Uint8Array, name: string, extra: Record<string, string> = {}): FormData {
  const data = new FormData();
  data.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  for (const [key, value] of Object.entries(extra)) data.set(key, value);
  return data;
}
