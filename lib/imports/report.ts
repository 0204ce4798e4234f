import { toCsv } from '@/lib/csv';
import type { RowIssue } from './analyse';
import type { ImportAnalysis } from './analysis';

// What the browser gets back of an analysis: the counts and the rows that need a look (errors, suspected
// duplicates), never the valid rows' contents; and the rejected rows as a CSV to fix and import again.

/** At most this many problem rows are listed on screen; the CSV of rejected rows has them all. */
export const SHOWN_PROBLEMS = 500;

export interface PreviewIssue {
  column: string | null;
  field: string;
  value: string;
  code: string;
}

export interface PreviewProblem {
  row: number;
  name: string;
  status: 'invalid' | 'duplicate';
  issues: PreviewIssue[];
  duplicate?: { existing: { id: string; label: string }[]; elsewhere: boolean; sameAsRow: number | null };
}

export interface PreviewSummary {
  headers: string[];
  mapping: Record<string, number | null>;
  counts: ImportAnalysis<unknown>['counts'];
  problems: PreviewProblem[];
  /** More problem rows than SHOWN_PROBLEMS. */
  truncated: boolean;
}

const issue = ({ column, field, value, code }: RowIssue): PreviewIssue => ({ column, field, value: value.slice(0, 200), code });

export function previewSummary(analysis: ImportAnalysis<unknown>): PreviewSummary {
  const problems = analysis.rows.filter((row) => row.status === 'invalid' || row.status === 'duplicate');
  return {
    headers: analysis.headers,
    mapping: analysis.mapping,
    counts: analysis.counts,
    truncated: problems.length > SHOWN_PROBLEMS,
    problems: problems.slice(0, SHOWN_PROBLEMS).map((row) => ({
      row: row.row,
      name: row.name,
      status: row.status as 'invalid' | 'duplicate',
      issues: row.issues.map(issue),
      duplicate: row.duplicate && { existing: row.duplicate.existing, elsewhere: row.duplicate.elsewhere, sameAsRow: row.duplicate.sameAsRow },
    })),
  };
}

/**
 * The rejected rows as they were in the file, with the file's header, a row number and an error column
 * (lib/csv.ts: BOM, quoting, formulas neutralized), to fix in the spreadsheet and import again. `describe`
 * words an issue (the catalogue's sentence, in the importer's language).
 */
export function rejectedRowsCsv(analysis: ImportAnalysis<unknown>, describe: (issue: RowIssue) => string, headings: { row: string; errors: string }): string | null {
  const rejected = analysis.rows.filter((row) => row.status === 'invalid');
  if (rejected.length === 0) return null;
  const width = analysis.headers.length;
  return toCsv(
    [headings.row, ...analysis.headers, headings.errors],
    rejected.map((row) => [row.row, ...Array.from({ length: width }, (_, index) => row.cells[index] ?? ''), row.issues.map(describe).join(' | ')]),
  );
}
