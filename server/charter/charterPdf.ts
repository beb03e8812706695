/**
 * The naskah Kontrak Pelayanan (PDF, A4), in Bahasa Indonesia, laid out as an Indonesian
 * agreement: title with the parties and the service, a nomor to fill in, the opening "Pada hari
 * ini ..." in the workshop's time zone, the komparisi of each party, dasar hukum, the articles
 * (Pasal) in the catalogue's order with clauses under their stable numbers, the closing, the
 * signature block (PIHAK KEDUA | PIHAK PERTAMA, PIHAK KETIGA, saksi, Mengetahui) with room for a
 * wet signature and the stamp, then the Maklumat as the provider's pledge signed by the head,
 * the verify sentence with a QR code, and the negotiation records as a Lampiran. The words are in
 * `naskahText.ts`; this file only places them.
 *
 * Library: pdfkit (MIT, plain Node streams, text layout with line breaking) with DejaVu Sans
 * embedded from the `dejavu-fonts-ttf` package: the PDF standard fonts are WinAnsi-only and
 * cannot print "≤", "→" or "…"; DejaVu covers Latin, symbols and arrows.
 */
import { INFO_BUNDLE_SHA256 } from '../../shared/charter/charterPdfCodes';
import type { EmbeddedBundle } from './certifiedPdf';
import { type Doc, openPdf } from './pdfDocument';
import { articleList, BODY, bottom, centered, fitSize, GREY, keep, komparisiList, left, numberPages, paragraph, recordsAnnex, textWidth } from './pdfLayout';
import QRCode from 'qrcode';
import type { CharterBundle } from '../../shared/charter/bundle';
import type { CharterSignatory } from '../../shared/charter/charterDocument';
import {
  articles,
  BLANK,
  byCapacity,
  closingSentence,
  dasarHukum,
  komparisi,
  maklumatTexts,
  type NaskahWorkshop,
  negotiationRecords,
  nomorLine,
  openingSentence,
  parties,
  providerInstitution,
  sebutan,
  signatureOf,
  signerNip,
  jabatanOf,
  standarPelayananRows,
  signatureStatus,
  titleLines,
} from './naskahText';
import { agreeSentence, dasarHukumItem, nipLine, STANDAR_COLUMNS, STANDAR_INTRO, STANDAR_LAMPIRAN_TITLE, standarTitle, KODE_KEASLIAN, LAMPIRAN_RECORDS_TITLE, LAMPIRAN_TITLE, lampiranIntro, MAKLUMAT_TITLE, maklumatPlaceDate, MENGETAHUI_HEADING, pageNumberText, paraPihakSentence, SAKSI_HEADING, SERVICE_FLOW_TITLE, serviceFlowLines, signatureRole, VERIFY_SENTENCE, versionLine } from './naskahText';

export type { NaskahWorkshop } from './naskahText';

function title(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop): void {
  const lines = titleLines(bundle, w);
  centered(doc, lines[0]!, 'bold', 15);
  doc.moveDown(0.2);
  for (const line of lines.slice(1)) centered(doc, line, 'bold', line === 'ANTARA' || line === 'DENGAN' || line === 'DAN' ? 10 : 11.5);
  doc.moveDown(0.6);
  centered(doc, nomorLine(w), 'regular', BODY);
  doc.moveDown(1.2);
}

function komparisiBlock(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop): void {
  const basis = dasarHukum(bundle.charter);
  komparisiList(doc, {
    opening: openingSentence(bundle.charter, w),
    parties: parties(bundle.charter).map((s) => komparisi(bundle, s, w)),
    labelWidth: 70,
    nameLabel: 'Nama',
    paraPihak: paraPihakSentence(bundle.charter),
    basis: basis.map((_, i) => dasarHukumItem(basis, i)),
    agree: basis.length ? agreeSentence(bundle.charter) : '',
  });
}

/** The top of a signature cell: sebutan and jabatan. Returns where it ends. */
function cellHead(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop, s: CharterSignatory | undefined, heading: string, x: number, top: number, width: number): number {
  const signed = s ? signatureOf(bundle, s) : undefined;
  doc.y = top;
  if (heading) doc.font('bold').fontSize(BODY).fillColor('black').text(heading, x, top, { width, align: 'center' });
  const role = signatureRole(bundle, s, w);
  if (role) doc.font('regular').fontSize(9).fillColor('black').text(role, x, doc.y, { width, align: 'center' });
  if (signed?.signer.institution) doc.font('regular').fontSize(8.5).text(signed.signer.institution, x, doc.y, { width, align: 'center' });
  return doc.y;
}

/** The foot of a signature cell, under the room for the wet signature: name and browser status. */
function cellFoot(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop, s: CharterSignatory | undefined, x: number, nameTop: number, width: number, status = true): number {
  const signed = s ? signatureOf(bundle, s) : undefined;
  doc.font('bold').fontSize(BODY).fillColor('black').text(s?.displayName ?? BLANK, x, nameTop, { width, align: 'center', underline: !!s });
  const nip = signerNip(signed);
  if (nip) doc.font('regular').fontSize(9).text(nipLine(nip), x, doc.y + 1, { width, align: 'center' });
  if (s && status) doc.font('italic').fontSize(7.5).fillColor(signed ? '#1a5e2a' : GREY).text(signatureStatus(bundle, s, w), x, doc.y + 2, { width, align: 'center' });
  doc.fillColor('black');
  return doc.y;
}

/** Room for the wet signature and the office stamp over it. */
const SIGN_ROOM = 70;

/** Signature cells side by side, their names on one line. */
function signatureRow(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop, cells: { s: CharterSignatory | undefined; heading: string; x: number }[], width: number, status = true): void {
  keep(doc, 150);
  const top = doc.y;
  const nameTop = Math.max(...cells.map((c) => cellHead(doc, bundle, w, c.s, c.heading, c.x, top, width))) + SIGN_ROOM;
  doc.y = Math.max(...cells.map((c) => cellFoot(doc, bundle, w, c.s, c.x, nameTop, width, status))) + 18;
}

function signatureBlock(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop): void {
  const c = bundle.charter;
  const x = left(doc);
  const half = (textWidth(doc) - 30) / 2;
  keep(doc, 160);
  // Row 1: PIHAK KEDUA on the left, PIHAK PERTAMA on the right.
  const kedua = byCapacity(c, 'pihak_kedua');
  const pertama = byCapacity(c, 'pihak_pertama');
  const rows = Math.max(kedua.length, pertama.length, 1);
  for (let i = 0; i < rows; i += 1) {
    signatureRow(doc, bundle, w, [{ s: kedua[i], heading: i === 0 ? 'PIHAK KEDUA,' : '', x }, { s: pertama[i], heading: i === 0 ? 'PIHAK PERTAMA,' : '', x: x + half + 30 }], half);
  }
  // Row 2: PIHAK KETIGA in the middle.
  for (const s of byCapacity(c, 'pihak_ketiga')) signatureRow(doc, bundle, w, [{ s, heading: `${sebutan('pihak_ketiga')},`, x: x + (textWidth(doc) - half) / 2 }], half);
  // Witnesses: numbered, each with a line to sign on.
  const saksi = byCapacity(c, 'saksi');
  if (saksi.length) {
    keep(doc, 40 + 44 * Math.min(saksi.length, 3));
    doc.font('bold').fontSize(BODY).text(SAKSI_HEADING, x, doc.y, { width: textWidth(doc) });
    doc.moveDown(0.4);
    saksi.forEach((s, i) => {
      keep(doc, 48);
      const top = doc.y;
      const signed = signatureOf(bundle, s);
      doc.font('regular').fontSize(BODY).text(`${i + 1}.`, x, top, { width: 18 });
      doc.font('bold').text(s.displayName, x + 18, top, { width: half });
      if (signed) doc.font('regular').fontSize(8.5).text(`${jabatanOf(signed)}, ${signed.signer.institution}`, x + 18, doc.y, { width: half });
      doc.font('italic').fontSize(7.5).fillColor(signed ? '#1a5e2a' : GREY).text(signatureStatus(bundle, s, w), x + 18, doc.y + 1, { width: half }).fillColor('black');
      const lineX = x + half + 30;
      doc.font('regular').fontSize(BODY).text(`${i + 1}. ....................................`, lineX, top + 14, { width: half });
      doc.y = Math.max(doc.y, top + 40) + 6;
    });
    doc.fontSize(BODY).moveDown(1.2);
  }
  // Mengetahui: the head of region (or whoever acknowledges), in the middle.
  const mengetahui = byCapacity(c, 'mengetahui');
  for (const s of mengetahui.length ? mengetahui : [undefined]) signatureRow(doc, bundle, w, [{ s, heading: MENGETAHUI_HEADING, x: x + (textWidth(doc) - half) / 2 }], half);
  doc.x = x;
}

/** The Maklumat: the provider's own pledge, printed once, signed by the head alone. */
function maklumatBlock(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop): void {
  const texts = maklumatTexts(bundle.charter);
  if (!texts.length) return;
  doc.addPage();
  const x = left(doc);
  const width = textWidth(doc);
  centered(doc, MAKLUMAT_TITLE, 'bold', 14);
  centered(doc, (providerInstitution(bundle, w) ?? '').toUpperCase(), 'bold', 10.5);
  doc.moveDown(1);
  doc.font('bold').fontSize(11);
  const inner = width - 40;
  const height = texts.reduce((h, t) => h + doc.heightOfString(t, { width: inner, align: 'center', lineGap: 2 }) + 10, 20);
  // The frame only when the whole pledge fits on this page: never a frame across a page break.
  const framed = doc.y + height <= bottom(doc) - 150;
  const top = doc.y;
  doc.y = top + 14;
  for (const t of texts) {
    doc.font('bold').fontSize(11).text(t, x + 20, doc.y, { width: inner, align: 'center', lineGap: 2 });
    doc.y += 10;
  }
  if (framed) doc.rect(x, top, width, doc.y - top + 4).lineWidth(1.2).strokeColor('black').stroke();
  doc.y += 24;
  const head = byCapacity(bundle.charter, 'pihak_pertama')[0];
  const colX = x + width / 2;
  keep(doc, 140);
  doc.font('regular').fontSize(BODY).text(maklumatPlaceDate(bundle.charter, w), colX, doc.y, { width: width / 2, align: 'center' });
  // The head signs the pledge alone; the browser signature covers the contract, not this page.
  signatureRow(doc, bundle, w, [{ s: head, heading: '', x: colX }], width / 2, false);
  doc.x = x;
}

async function verifyBlock(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop, verifyUrl: string): Promise<void> {
  keep(doc, 150);
  doc.moveDown(1.5);
  const x = left(doc);
  const width = textWidth(doc);
  const top = doc.y;
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  doc.image(qr, x, top, { width: 96 });
  const tx = x + 110;
  const tw = width - 110;
  doc.font('regular').fontSize(9).fillColor('black').text(VERIFY_SENTENCE, tx, top, { width: tw });
  // On one line, or two split before the code ("&h="): never broken inside the code.
  const oneLine = fitSize(doc, verifyUrl, 'mono', tw, 8);
  const split = verifyUrl.indexOf('&h=');
  const urlLines = oneLine >= 7 || split < 0 ? [verifyUrl] : [verifyUrl.slice(0, split), verifyUrl.slice(split)];
  const urlSize = Math.min(...urlLines.map((line) => fitSize(doc, line, 'mono', tw, 8)));
  let y = doc.y + 3;
  for (const line of urlLines) {
    doc.font('mono').fontSize(urlSize).text(line, tx, y, { lineBreak: false });
    y += urlSize + 3;
  }
  doc.font('regular').fontSize(8.5).text(KODE_KEASLIAN, tx, y + 6, { width: tw });
  y = doc.y + 1;
  doc.font('mono').fontSize(fitSize(doc, bundle.charterSha256, 'mono', tw, 8)).text(bundle.charterSha256, tx, y, { lineBreak: false });
  doc.y = y + 12;
  doc.font('regular').fontSize(8.5).fillColor(GREY).text(versionLine(bundle, w), tx, doc.y + 4, { width: tw });
  doc.fillColor('black');
  doc.y = Math.max(doc.y, top + 100);
  doc.x = x;
}

/** Lampiran I: the 14 components of the standar pelayanan as a table, ready as the annex of an SK. */
function standarPelayananTable(doc: Doc, bundle: CharterBundle): void {
  doc.addPage();
  const x = left(doc);
  const width = textWidth(doc);
  centered(doc, STANDAR_LAMPIRAN_TITLE, 'bold', 12);
  centered(doc, standarTitle(bundle.charter), 'bold', 10.5);
  doc.moveDown(0.4);
  paragraph(doc, STANDAR_INTRO);
  doc.moveDown(0.6);
  const cols = [{ x, w: 26 }, { x: x + 26, w: 134 }, { x: x + 160, w: width - 160 }];
  const pad = 4;
  const size = 9;
  const entryHeight = (text: string) => doc.font('regular').fontSize(size).heightOfString(text, { width: cols[2]!.w - 2 * pad, lineGap: 0.5 }) + 2;
  const header = () => {
    const top = doc.y;
    const h = 18;
    doc.rect(x, top, width, h).fillAndStroke('#e8e8e8', 'black').fillColor('black');
    STANDAR_COLUMNS.forEach((label, i) => {
      doc.font('bold').fontSize(size).text(label, cols[i]!.x + pad, top + 5, { width: cols[i]!.w - 2 * pad, align: i === 0 ? 'center' : 'left' });
    });
    for (const c of cols.slice(1)) doc.moveTo(c.x, top).lineTo(c.x, top + h).stroke();
    doc.y = top + h;
  };
  // One row's cells and lines, drawn only once they fit on this page: no frame crosses a page break.
  const drawRow = (number: string, component: string, entries: string[]) => {
    const top = doc.y;
    const nameHeight = doc.font('bold').fontSize(size).heightOfString(component, { width: cols[1]!.w - 2 * pad });
    const h = Math.max(nameHeight, entries.reduce((sum, e) => sum + entryHeight(e), 0)) + 2 * pad;
    doc.font('regular').fontSize(size).text(number, cols[0]!.x + pad, top + pad, { width: cols[0]!.w - 2 * pad, align: 'center' });
    doc.font('bold').fontSize(size).text(component, cols[1]!.x + pad, top + pad, { width: cols[1]!.w - 2 * pad });
    let y = top + pad;
    for (const e of entries) {
      doc.font('regular').fontSize(size).text(e, cols[2]!.x + pad, y, { width: cols[2]!.w - 2 * pad, lineGap: 0.5 });
      y += entryHeight(e);
    }
    doc.rect(x, top, width, h).stroke();
    for (const c of cols.slice(1)) doc.moveTo(c.x, top).lineTo(c.x, top + h).stroke();
    doc.y = top + h;
  };
  doc.lineWidth(0.6);
  header();
  for (const row of standarPelayananRows(bundle.charter)) {
    let entries = row.entries;
    let first = true;
    while (entries.length > 0) {
      // As many entries as fit on this page; a row too long for one page goes on as "(lanjutan)".
      const room = bottom(doc) - doc.y - 2 * pad;
      let used = 0;
      let n = 0;
      while (n < entries.length && used + entryHeight(entries[n]!) <= room) used += entryHeight(entries[n++]!);
      const freshPage = doc.y <= doc.page.margins.top + 40;
      if (n === 0 && freshPage) n = 1;
      const fitsWhole = n === entries.length;
      if (!fitsWhole && (n === 0 || (first && !freshPage && entries.length <= 6))) {
        doc.addPage();
        header();
        continue;
      }
      drawRow(first ? String(row.number) : '', first ? row.component : `${row.component} (lanjutan)`, entries.slice(0, n));
      entries = entries.slice(n);
      first = false;
      if (entries.length > 0) {
        doc.addPage();
        header();
      }
    }
  }
  doc.lineWidth(1);
  doc.x = x;
}

/** Lampiran II: how each clause was agreed, and the service flow. Not part of the operative text. */
function lampiran(doc: Doc, bundle: CharterBundle): void {
  recordsAnnex(doc, {
    title: LAMPIRAN_TITLE,
    subtitle: LAMPIRAN_RECORDS_TITLE,
    intro: lampiranIntro(bundle.charter),
    records: negotiationRecords(bundle.charter),
    flowTitle: SERVICE_FLOW_TITLE,
    flow: serviceFlowLines(bundle.charter),
  });
}

/**
 * The certified-signing variant (certifiedPdf.ts): the sealed bundle rides along as an embedded
 * file, its SHA-256 goes into the Info dictionary, and one sentence under the verify block says so.
 */
function embedBundle(doc: Doc, embedded: EmbeddedBundle): void {
  // `relationship` (the PDF 2.0 /AFRelationship) is pdfkit's, missing from its types.
  const options: Parameters<Doc['file']>[1] & { relationship: string } = { name: embedded.name, type: 'application/json', description: 'Bundel naskah Kontrak Pelayanan bersegel (Mufakat)', relationship: 'Source' };
  doc.file(embedded.bytes, options);
  const info = doc.info as Record<string, unknown>;
  info[INFO_BUNDLE_SHA256] = embedded.sha256;
  info.Keywords = `mufakat-bundle-sha256:${embedded.sha256}`;
  keep(doc, 60);
  doc.moveDown(0.8);
  doc.font('regular').fontSize(8.5).fillColor('black').text(
    `Berkas PDF ini disiapkan untuk ditandatangani dengan tanda tangan elektronik tersertifikasi. Di dalamnya terlampir bundel naskah bersegel (${embedded.name}); kode SHA-256 bundel itu ${embedded.sha256} juga tercatat dalam metadata berkas. Setelah ditandatangani, keaslian naskah dapat diperiksa dengan perintah mufakat verify pada berkas ini.`,
    left(doc),
    doc.y,
    { width: textWidth(doc) },
  );
}

export async function charterPdf(
  bundle: CharterBundle,
  verifyUrl: string,
  workshop: NaskahWorkshop = { institution: null, place: null, timeZone: null },
  certified?: EmbeddedBundle,
): Promise<Buffer> {
  const c = bundle.charter;
  const { doc, done } = openPdf({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 56 },
    title: `Kontrak Pelayanan ${c.workshop.serviceName} (versi ${c.charterVersion})`,
    subject: bundle.charterSha256,
  });

  title(doc, bundle, workshop);
  komparisiBlock(doc, bundle, workshop);
  articleList(doc, articles(c), (n) => `Pasal ${n}`);
  keep(doc, 60);
  paragraph(doc, closingSentence(c));
  doc.moveDown(1.5);
  signatureBlock(doc, bundle, workshop);
  maklumatBlock(doc, bundle, workshop);
  await verifyBlock(doc, bundle, workshop, verifyUrl);
  standarPelayananTable(doc, bundle);
  if (certified) embedBundle(doc, certified);
  lampiran(doc, bundle);
  numberPages(doc, pageNumberText);
  doc.end();
  return done;
}
