/**
 * One way to start a Mufakat PDF (the naskah, the meeting records, the posters): pdfkit with
 * the DejaVu fonts registered as `regular`, `bold`, `italic` and `mono` (they carry every
 * Indonesian and English character we print), Indonesian as the document language, pages kept
 * in memory so page numbers can be written at the end, and the bytes collected for the response.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

export type Doc = PDFKit.PDFDocument;

export interface PdfOptions {
  size: string;
  margins: { top: number; bottom: number; left: number; right: number };
  title: string;
  subject?: string;
  /** The document language (BCP 47); Indonesian unless said otherwise (the English translation). */
  lang?: string;
}

/** A new document and the promise of its bytes, resolved once `doc.end()` has flushed. */
export function openPdf({ size, margins, title, subject, lang = 'id-ID' }: PdfOptions): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size, margins, bufferPages: true, info: { Title: title, ...(subject ? { Subject: subject } : {}), Creator: 'Mufakat' }, lang });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, path.join(FONT_DIR, file));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
