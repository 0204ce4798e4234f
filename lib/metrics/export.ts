import 'server-only';
import writeXlsxFile from 'write-excel-file/node';
import { toCsv, type CsvCell } from '@/lib/csv';
import type { Breakdown } from './dashboard';
import { cellLabel, type LabelTranslators } from './labels';
import type { MetricsScope } from './period';
import { HIDDEN_TEXT } from './suppression';

// One breakdown as a file: CSV for Excel in French (lib/csv.ts: BOM, quoting, formulas neutralized) or
// XLSX (write-excel-file: counts as numbers, the period's ends as dates). A hidden count is written
// "< 5" in both, as on the page: an export never holds what the screen hides.

export interface ExportHeader {
  region: string;
  from: string;
  to: string;
  category: string;
  count: string;
}

export type ExportFormat = 'csv' | 'xlsx';

function rows(breakdown: Breakdown, words: LabelTranslators) {
  return breakdown.cells.map((cell) => ({ label: cellLabel(breakdown.dimension, cell, words), value: cell.count.hidden ? null : cell.count.value }));
}

export function breakdownCsv(breakdown: Breakdown, scope: MetricsScope, header: ExportHeader, words: LabelTranslators): string {
  return toCsv(
    [header.region, header.from, header.to, header.category, header.count],
    rows(breakdown, words).map((row): CsvCell[] => [scope.regionCode, scope.from, scope.to, row.label, row.value ?? HIDDEN_TEXT]),
  );
}

/** A calendar date as the spreadsheet's date (midnight UTC: the cell shows that day whatever the time zone). */
function sheetDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export async function breakdownXlsx(breakdown: Breakdown, scope: MetricsScope, header: ExportHeader, words: LabelTranslators): Promise<Buffer> {
  const bold = { fontWeight: 'bold' as const };
  const data = [
    [header.region, header.from, header.to, header.category, header.count].map((value) => ({ value, ...bold })),
    ...rows(breakdown, words).map((row) => [
      { value: scope.regionCode, type: String },
      { value: sheetDate(scope.from), type: Date, format: 'yyyy-mm-dd' },
      { value: sheetDate(scope.to), type: Date, format: 'yyyy-mm-dd' },
      { value: row.label, type: String },
      row.value === null ? { value: HIDDEN_TEXT, type: String } : { value: row.value, type: Number },
    ]),
  ];
  return (await writeXlsxFile(data, { columns: [{ width: 8 }, { width: 12 }, { width: 12 }, { width: 40 }, { width: 10 }] }).toBuffer()) as Buffer;
}
