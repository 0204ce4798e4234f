import 'server-only';
import PDFDocument from 'pdfkit';

const MARGIN = 60;
const BLUE = '#095797';
const TEXT = '#223654';

export interface TaggedPdfInfo {
  lang: 'fr-CA' | 'en-CA';
  /** Shown by readers instead of the file name. */
  title: string;
  author: string;
  subject: string;
}

/**
 * A tagged PDF (PDF/UA-style structure: Document, H1-H3, P, L/LI) written on the server without a browser,
 * with its language (/Lang) and title set. Helvetica, built into every reader, covers French (é, ç, œ, « »,
 * ’ and the no-break space). Used by the bilan and the access-request export.
 */
export function taggedPdf(info: TaggedPdfInfo) {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: info.lang,
    displayTitle: true,
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: 'Passerelle' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);

  return {
    heading(level: 1 | 2 | 3, value: string) {
      const size = { 1: 20, 2: 15, 3: 12 }[level];
      doc.moveDown(level === 1 ? 0 : 0.6);
      doc.font('Helvetica-Bold').fontSize(size).fillColor(BLUE).text(value, { structParent: root, structType: `H${level}` });
      doc.moveDown(0.3);
    },
    paragraph(value: string) {
      doc.font('Helvetica').fontSize(11).fillColor(TEXT).text(value, { structParent: root, structType: 'P', align: 'left', lineGap: 2 });
      doc.moveDown(0.5);
    },
    list(items: string[]) {
      if (items.length === 0) return;
      const element = doc.struct('L');
      root.add(element);
      doc.font('Helvetica').fontSize(11).fillColor(TEXT).list(items, { structParent: element, bulletRadius: 2, textIndent: 12, bulletIndent: 6, lineGap: 2 });
      element.end();
      doc.moveDown(0.5);
    },
    /** A small closing line (when and by whom the document was produced). */
    footnote(value: string) {
      doc.moveDown(1);
      doc.font('Helvetica-Oblique').fontSize(9).fillColor(TEXT).text(value, { structParent: root, structType: 'P' });
    },
    finish(): Promise<Buffer> {
      root.end();
      doc.end();
      return done;
    },
  };
}
