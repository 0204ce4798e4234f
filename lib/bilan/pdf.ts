import 'server-only';
import { taggedPdf } from '@/lib/pdf/tagged-document';
import type { BilanTable, BilanText } from './text';

/**
 * The bilan as a tagged PDF (lib/pdf/tagged-document.ts), produced on the server without a browser; the text
 * is the one the page shows (lib/bilan/text.ts).
 */
export function renderBilanPdf(text: BilanText, producedOn: string): Promise<Buffer> {
  const { heading, paragraph, list, footnote, finish } = taggedPdf({ lang: text.lang, title: text.documentTitle, author: text.ministry, subject: text.period });
  // A table reads as its caption and one line per row: "Row heading : column = value ; …".
  const table = (value: BilanTable) => {
    heading(3, value.caption);
    list(value.rows.map(([head, ...cells]) => `${head} — ${cells.map((cell, index) => `${value.columns[index + 1]} : ${cell}`).join(' ; ')}`));
  };

  heading(1, text.title);
  paragraph(text.ministry);
  paragraph(text.period);
  paragraph(text.intro);
  paragraph(text.personsSentence);
  paragraph(text.businessesIntro);
  paragraph(text.businessesSentence);
  paragraph(text.agreementsSentence);
  paragraph(text.agreementsFollowUp);

  heading(2, text.staff.heading);
  for (const sentence of text.staff.sentences) paragraph(sentence);
  if (text.staff.table.rows.length > 0) table(text.staff.table);

  heading(2, text.projects.heading);
  paragraph(text.projects.intro);
  list(text.projects.lines);
  if (text.projects.table) {
    table(text.projects.table);
    paragraph(text.projects.note);
  }

  heading(2, text.resources.heading);
  paragraph(text.resources.intro);
  if (text.resources.none) paragraph(text.resources.none);
  list(text.resources.items.map((item) => [item.name, ...item.details].join(' — ')));

  heading(2, text.offices.heading);
  paragraph(text.offices.contactIntro);
  list(text.offices.contactLines);
  paragraph(text.offices.locatedAt);
  if (text.offices.none) paragraph(text.offices.none);
  list(text.offices.addresses.map((address) => (address.hours ? `${address.line} (${address.hours})` : address.line)));

  footnote(producedOn);
  return finish();
}
