import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdfjs reads the metrics of the 14 standard fonts (Helvetica) from its own package.
const STANDARD_FONTS = `${path.resolve(import.meta.dirname, '../../node_modules/pdfjs-dist/standard_fonts')}/`;

export interface PdfFacts {
  /** The text of every page, each run of white space (line ends included) as one space. */
  text: string;
  title: string | null;
  /** The document catalog's /Lang, and whether it says it is tagged (/MarkInfo /Marked true). */
  lang: string | null;
  tagged: boolean;
  pages: number;
}

/** Reads a PDF as a reader would: its text (pdfjs-dist, no browser), title, language and tagging. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const raw = Buffer.from(bytes).toString('latin1');
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS }).promise;
  const parts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
    parts.push(' ');
  }
  const metadata = await document.getMetadata();
  const facts: PdfFacts = {
    text: parts.join('').replace(/\s+/g, ' ').trim(),
    title: ((metadata.info as { Title?: string }).Title ?? null) || null,
    lang: /\/Lang \(([^)]*)\)/.exec(raw)?.[1] ?? null,
    tagged: (await document.getMarkInfo())?.Marked === true && (await (await document.getPage(1)).getStructTree()) !== null,
    pages: document.numPages,
  };
  await document.destroy();
  return facts;
}
