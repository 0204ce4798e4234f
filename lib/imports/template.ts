import 'server-only';
import writeXlsxFile from 'write-excel-file/node';
import { toCsv } from '@/lib/csv';
import type { ImportColumn } from './columns';

// The template of an import: the headers in the reader's language and one example row; in the workbook, a
// second sheet, "Colonnes", says for each column its French and English headers, whether it is required
// and what it accepts. Headers in either language are recognized on import (lib/imports/columns.ts).

export interface TemplateWords {
  sheet: string;
  column: string;
  english: string;
  required: string;
  yes: string;
  no: string;
  allowed: string;
  dateFormat: string;
  text: string;
  country: string;
  languages: string;
  boolean: string;
  list: string;
}

function accepts(column: ImportColumn, words: TemplateWords, language: 'fr' | 'en'): string {
  switch (column.kind) {
    case 'date':
      return words.dateFormat;
    case 'boolean':
      return words.boolean;
    case 'country':
      return words.country;
    case 'languages':
      return words.languages;
    case 'enum':
      return column.values!.map((value) => value[language]).join(' ; ');
    case 'enumList':
      return words.list + column.values!.map((value) => value[language]).join(' ; ');
    case 'text':
      return words.text;
  }
}

export function templateCsv(columns: readonly ImportColumn[], language: 'fr' | 'en'): string {
  return toCsv(
    columns.map((column) => column[language]),
    [columns.map((column) => column.example)],
  );
}

export async function templateXlsx(columns: readonly ImportColumn[], language: 'fr' | 'en', words: TemplateWords & { dataSheet: string }): Promise<Buffer> {
  const header = columns.map((column) => ({ value: column[language], fontWeight: 'bold' as const }));
  const example = columns.map((column) => (column.example ? { value: column.example, type: String } : null));
  const described = [
    [words.column, words.english, words.required, words.allowed].map((value) => ({ value, fontWeight: 'bold' as const })),
    ...columns.map((column) => [column.fr, column.en, column.required ? words.yes : words.no, accepts(column, words, language)].map((value) => ({ value, type: String }))),
  ];
  // Every cell of the data sheet is text: a program must not turn a code or a date typed as text into a number.
  return (await writeXlsxFile([
    { data: [header, example], sheet: words.dataSheet, columns: columns.map(() => ({ width: 22 })), stickyRowsCount: 1 },
    { data: described, sheet: words.sheet, columns: [{ width: 36 }, { width: 28 }, { width: 12 }, { width: 90 }], stickyRowsCount: 1 },
  ] as never).toBuffer()) as Buffer;
}

/** The template as a download: the workbook, or the CSV (BOM, headers, the example row). No personal data. */
export async function templateResponse(columns: readonly ImportColumn[], format: 'xlsx' | 'csv', language: 'fr' | 'en', name: string, words: TemplateWords & { dataSheet: string }): Promise<Response> {
  if (format === 'csv') {
    return new Response(templateCsv(columns, language), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'no-store' },
    });
  }
  const body = await templateXlsx(columns, language, words);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      'Cache-Control': 'no-store',
    },
  });
}

export const TEMPLATE_WORD_KEYS = ['sheet', 'column', 'english', 'required', 'yes', 'no', 'allowed', 'dateFormat', 'text', 'country', 'languages', 'boolean', 'list'] as const satisfies readonly (keyof TemplateWords)[];
