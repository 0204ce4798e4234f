import 'server-only';
import { taggedPdf } from '@/lib/pdf/tagged-document';
import type { ExportList, ExportText } from './export-text';

/** The answer to an access request as a tagged PDF: the strings of the printable page (export-text.ts). */
export function renderPersonExportPdf(text: ExportText, author: string): Promise<Buffer> {
  const { heading, paragraph, list, finish } = taggedPdf({ lang: text.lang, title: text.title, author, subject: text.reference });
  const lists = (values: ExportList[]) => {
    for (const value of values) {
      if (value.heading) paragraph(value.heading);
      if (value.items.length === 0) paragraph(text.none);
      else list(value.items);
    }
  };
  heading(1, text.title);
  paragraph(text.intro);
  paragraph(text.reference);
  for (const section of text.sections) {
    heading(2, section.heading);
    if (section.fields.length > 0) list(section.fields.map(([label, value]) => `${label} : ${value}`));
    lists(section.lists);
    for (const part of section.parts) {
      heading(3, part.heading);
      for (const line of part.lines) paragraph(line);
      lists(part.lists);
    }
    if (section.fields.length === 0 && section.lists.length === 0 && section.parts.length === 0) paragraph(text.none);
  }
  return finish();
}
