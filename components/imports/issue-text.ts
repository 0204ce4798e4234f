import type { ImportColumn } from '@/lib/imports/columns';

// How a row's problem reads on screen: the catalogue's sentence for the code (validation.* for the form's
// own rules, imports.rowErrors.* for the spreadsheet's), and for a list the values it allows.

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The spreadsheet's own row errors (imports.rowErrors.*); every other code is a form rule (validation.*). */
const ROW_ERRORS = new Set(['invalidBoolean', 'neqRepeated']);

export function issueMessage(code: string, column: ImportColumn | undefined, language: 'fr' | 'en', t: { validation: Translate; imports: Translate; has: (key: string) => boolean }): string {
  const sentence = ROW_ERRORS.has(code) ? t.imports(`rowErrors.${code}`) : t.has(code) ? t.validation(code) : t.validation('invalid');
  if (code === 'invalid' && column?.values) return `${sentence} ${t.imports('columns.allowed')} : ${column.values.map((value) => value[language]).join(' ; ')}.`;
  return sentence;
}
