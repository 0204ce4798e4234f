import 'server-only';
import PDFDocument from 'pdfkit';
import type { BilanTable, BilanText } from './text';

const MARGIN = 60;
const BLUE = '#095797';
const TEXT = '#223654';

/**
 * The bilan as a tagged PDF (PDF/UA-style structure: Document, H1-H3, P, L/LI), produced on the server
 * without a browser. Its language (/Lang fr-CA or en-CA) and title (shown by readers instead of the file
 * name) are set; the text is the one the page shows (lib/bilan/text.ts). Helvetica, built into every reader,
 * covers French (é, ç, œ, « », ’ and the no-break space).
 */
export function renderBilanPdf(text: BilanText, producedOn: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: text.lang,
    displayTitle: true,
    info: { Title: text.documentTitle, Author: text.ministry, Subject: text.period, Creator: 'Passerelle' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const heading = (level: 1 | 2 | 3, value: string) => {
    const size = { 1: 20, 2: 15, 3: 12 }[level];
    doc.moveDown(level === 1 ? 0 : 0.6);
    doc.font('Helvetica-Bold').fontSize(size).fillColor(BLUE).text(value, { structParent: root, structType: `H${level}` });
    doc.moveDown(0.3);
  };
  const paragraph = (value: string) => {
    doc.font('Helvetica').fontSize(11).fillColor(TEXT).text(value, { structParent: root, structType: 'P', align: 'left', lineGap: 2 });
    doc.moveDown(0.5);
  };
  const list = (items: string[]) => {
    if (items.length === 0) return;
    const element = doc.struct('L');
    root.add(element);
    doc.font('Helvetica').fontSize(11).fillColor(TEXT).list(items, { structParent: element, bulletRadius: 2, textIndent: 12, bulletIndent: 6, lineGap: 2 });
    element.end();
    doc.moveDown(0.5);
  };
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

  doc.moveDown(1);
  doc.font('Helvetica-Oblique').fontSize(9).fillColor(TEXT).text(producedOn, { structParent: root, structType: 'P' });

  root.end();
  doc.end();
  return done;
}
