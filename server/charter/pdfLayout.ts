/**
 * Layout primitives the naskah and its English translation share (pdfkit, A4): page geometry,
 * headings, justified paragraphs, hanging labels, the negotiation records of the annex and the
 * page numbers. The words come from `naskahText.ts` / `naskahTextEn.ts`; these only place them.
 */
import type { Doc } from './pdfDocument';

export const GREY = '#555555';
export const BODY = 10;

export const left = (doc: Doc) => doc.page.margins.left;
export const textWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` points still fit on this one. */
export function keep(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function centered(doc: Doc, text: string, font = 'bold', size = BODY): void {
  doc.font(font).fontSize(size).fillColor('black').text(text, left(doc), doc.y, { width: textWidth(doc), align: 'center' });
}

export function paragraph(doc: Doc, text: string, x = left(doc), width = textWidth(doc), font = 'regular'): void {
  doc.font(font).fontSize(BODY).fillColor('black').text(text, x, doc.y, { width, align: 'justify', lineGap: 1.5 });
}

/** A hanging label ("1.", "K3", "a.") and its text beside it. */
export function hanging(doc: Doc, label: string, text: string, x: number, labelWidth: number, font = 'regular'): void {
  const width = textWidth(doc) - (x - left(doc)) - labelWidth;
  doc.font('regular').fontSize(BODY);
  keep(doc, Math.min(doc.heightOfString(text, { width }), 60));
  const top = doc.y;
  doc.font(font).text(label, x, top, { width: labelWidth });
  doc.font('regular').text(text, x + labelWidth, top, { width, align: 'justify', lineGap: 1.5 });
}

/** One party of the komparisi: its labelled rows, then for whom it acts. */
export interface KomparisiWords {
  rows: readonly (readonly [string, string])[];
  actsFor: string;
}

/**
 * The opening and the komparisi: the opening sentence, each party numbered with its rows
 * ("Nama : …", the name in bold) and for whom it acts, then the sentence on the parties and,
 * when there is one, the legal basis as a numbered list with the sentence that they agree.
 */
export function komparisiList(
  doc: Doc,
  words: { opening: string; parties: readonly KomparisiWords[]; labelWidth: number; nameLabel: string; paraPihak: string; basis: readonly string[]; agree: string },
): void {
  paragraph(doc, words.opening);
  doc.moveDown(0.5);
  const x = left(doc);
  const valueX = 20 + words.labelWidth + 10;
  words.parties.forEach((k, i) => {
    keep(doc, 90);
    const top = doc.y;
    doc.font('regular').fontSize(BODY).text(`${i + 1}.`, x, top, { width: 20 });
    doc.y = top;
    for (const [label, value] of k.rows) {
      const rowTop = doc.y;
      doc.font('regular').text(label, x + 20, rowTop, { width: words.labelWidth });
      doc.text(':', x + 20 + words.labelWidth, rowTop, { width: 10 });
      doc.font(label === words.nameLabel ? 'bold' : 'regular').text(value, x + valueX, rowTop, { width: textWidth(doc) - valueX });
    }
    doc.moveDown(0.15);
    paragraph(doc, k.actsFor, x + 20, textWidth(doc) - 20);
    doc.moveDown(0.5);
  });
  paragraph(doc, words.paraPihak);
  if (words.basis.length) {
    doc.moveDown(0.3);
    words.basis.forEach((item, i) => {
      hanging(doc, `${i + 1}.`, item, x + 20, 22);
    });
    doc.moveDown(0.3);
    paragraph(doc, words.agree);
  }
  doc.moveDown(0.8);
}

/** The articles: "Pasal n" / "Article n" and the title centred, then each clause under its label with its facts. */
export function articleList(
  doc: Doc,
  list: readonly { number: number; title: string; notApplicable?: string; clauses: readonly { label: string; text: string; facts: readonly string[] }[] }[],
  heading: (n: number) => string,
): void {
  const x = left(doc);
  for (const a of list) {
    keep(doc, 90);
    centered(doc, heading(a.number));
    centered(doc, a.title);
    doc.moveDown(0.3);
    if (a.notApplicable) paragraph(doc, a.notApplicable);
    for (const c of a.clauses) {
      hanging(doc, c.label, c.text, x, 34, 'bold');
      for (const fact of c.facts) doc.font('italic').fontSize(9).fillColor('black').text(fact, x + 34, doc.y + 1, { width: textWidth(doc) - 34 });
      doc.moveDown(0.3);
    }
    doc.moveDown(0.6);
  }
}

/** The largest size of `font` (down to 5.5 pt) at which `text` fits on one line of `width`. */
export function fitSize(doc: Doc, text: string, font: string, width: number, max: number): number {
  doc.font(font);
  for (let size = max; size > 5.5; size -= 0.25) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return 5.5;
}

/**
 * The annex of negotiation records on a new page: its titles and introduction, one entry per
 * clause (label, where, lines; never split across a page), then the agreed service flow.
 */
export function recordsAnnex(
  doc: Doc,
  words: { title: string; subtitle: string; intro: string; records: readonly { label: string; where: string; lines: string[] }[]; flowTitle: string; flow: readonly string[] },
): void {
  doc.addPage();
  const x = left(doc);
  const width = textWidth(doc);
  centered(doc, words.title, 'bold', 12);
  centered(doc, words.subtitle, 'bold', 10.5);
  doc.moveDown(0.6);
  paragraph(doc, words.intro);
  doc.moveDown(0.6);
  for (const r of words.records) {
    doc.font('regular').fontSize(8.5);
    keep(doc, 14 + doc.heightOfString(r.lines.join('\n'), { width: width - 40 }));
    const top = doc.y;
    doc.font('bold').fontSize(9).text(r.label, x, top, { width: 40 });
    doc.font('italic').fontSize(8.5).fillColor(GREY).text(r.where, x + 40, top, { width: width - 40 }).fillColor('black');
    doc.font('regular').fontSize(8.5).text(r.lines.join('\n'), x + 40, doc.y, { width: width - 40, lineGap: 0.5 });
    doc.moveDown(0.5);
  }
  if (words.flow.length) {
    keep(doc, 80);
    doc.moveDown(0.6);
    doc.font('bold').fontSize(10).text(words.flowTitle, x, doc.y, { width });
    doc.moveDown(0.3);
    words.flow.forEach((step, i) => {
      hanging(doc, `${i + 1}.`, step, x, 22);
    });
  }
  doc.x = x;
}

/** The foot line of every page ("Halaman 2 dari 7"), once the whole document is laid out. */
export function numberPages(doc: Doc, foot: (page: number, of: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const y = doc.page.height - doc.page.margins.bottom + 18;
    doc.font('regular').fontSize(8).fillColor(GREY).text(foot(i + 1, range.count), left(doc), y, { width: textWidth(doc), align: 'center', lineBreak: false, height: 10 });
  }
  doc.fillColor('black');
}
