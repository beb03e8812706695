/**
 * The English translation of the naskah (PDF, A4): a separate document, never interleaved with
 * the Indonesian one. It opens with its own title and the sentence that the Indonesian text
 * governs, then follows the naskah's structure (title, opening, komparisi, legal basis,
 * articles, closing, signature block, the pledge, the annex) in the words of
 * `naskahTextEn.ts`. Nobody signs it: the signature block shows who signed the Indonesian text
 * and how, without room for wet signatures.
 */
import QRCode from 'qrcode';
import type { CharterBundle } from '../../shared/charter/bundle';
import type { CharterSignatory } from '../../shared/charter/charterDocument';
import { BLANK, byCapacity, type NaskahWorkshop, parties, providerInstitution, signatureOf, signerNip } from './naskahText';
import {
  ACKNOWLEDGED_HEADING,
  agreeSentenceEn,
  ANNEX_RECORDS_TITLE,
  ANNEX_TITLE,
  annexIntroEn,
  articlesEn,
  AUTHENTICITY_CODE_EN,
  closingSentenceEn,
  dasarHukumEn,
  GOVERNING_LANGUAGE,
  komparisiEn,
  maklumatPlaceDateEn,
  maklumatTextsEn,
  negotiationRecordsEn,
  nomorLineEn,
  openingSentenceEn,
  pageNumberTextEn,
  paraPihakSentenceEn,
  PLEDGE_TITLE,
  SERVICE_FLOW_TITLE_EN,
  STANDARD_ANNEX_TITLE,
  STANDARD_INTRO_EN,
  standardRowsEn,
  standardTitleEn,
  sebutanEn,
  serviceFlowLinesEn,
  signatureRoleEn,
  signatureStatusEn,
  titleLinesEn,
  TRANSLATION_TITLE,
  VERIFY_SENTENCE_EN,
  versionLineEn,
  WITNESSES_HEADING,
} from './naskahTextEn';
import { type Doc, openPdf } from './pdfDocument';
import { articleList, BODY, centered, fitSize, GREY, keep, komparisiList, left, numberPages, paragraph, recordsAnnex, textWidth } from './pdfLayout';

/** The translation's own heading, then the agreement's title as the Indonesian text has it. */
function title(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop): void {
  centered(doc, TRANSLATION_TITLE, 'bold', 12);
  doc.moveDown(0.5);
  const x = left(doc);
  const width = textWidth(doc);
  const top = doc.y;
  doc.font('italic').fontSize(9);
  const height = doc.heightOfString(GOVERNING_LANGUAGE, { width: width - 20 }) + 12;
  doc.rect(x, top, width, height).lineWidth(0.8).strokeColor(GREY).stroke();
  doc.fillColor('black').text(GOVERNING_LANGUAGE, x + 10, top + 6, { width: width - 20 });
  doc.y = top + height + 18;
  const lines = titleLinesEn(bundle, w);
  centered(doc, lines[0]!, 'bold', 14);
  doc.moveDown(0.2);
  for (const line of lines.slice(1)) centered(doc, line, 'bold', line === 'BETWEEN' || line === 'AND' ? 10 : 11.5);
  doc.moveDown(0.6);
  centered(doc, nomorLineEn(w), 'regular', BODY);
  doc.moveDown(1.2);
}

function komparisiBlock(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop): void {
  const basis = dasarHukumEn(bundle.charter);
  komparisiList(doc, {
    opening: openingSentenceEn(bundle.charter, w),
    parties: parties(bundle.charter).map((s) => komparisiEn(bundle, s, w)),
    labelWidth: 95,
    nameLabel: 'Name',
    paraPihak: paraPihakSentenceEn(bundle.charter),
    basis: basis.map((item, i) => `${item}${i < basis.length - 1 ? ';' : ','}`),
    agree: basis.length ? agreeSentenceEn(bundle.charter) : '',
  });
}

/** A signature cell: who signed the Indonesian text, in which capacity, and how. */
function cell(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop, s: CharterSignatory | undefined, heading: string, x: number, top: number, width: number, status = true): number {
  doc.y = top;
  if (heading) doc.font('bold').fontSize(BODY).fillColor('black').text(heading, x, top, { width, align: 'center' });
  const role = signatureRoleEn(bundle, s, w);
  if (role) doc.font('regular').fontSize(9).text(role, x, doc.y, { width, align: 'center' });
  const signed = s ? signatureOf(bundle, s) : undefined;
  if (signed?.signer.institution) doc.font('regular').fontSize(8.5).text(signed.signer.institution, x, doc.y, { width, align: 'center' });
  doc.font('bold').fontSize(BODY).text(s?.displayName ?? BLANK, x, doc.y + 16, { width, align: 'center' });
  const nip = signerNip(signed);
  if (nip) doc.font('regular').fontSize(9).text(`NIP ${nip}`, x, doc.y + 1, { width, align: 'center' });
  if (s && status) doc.font('italic').fontSize(7.5).fillColor(signed ? '#1a5e2a' : GREY).text(signatureStatusEn(bundle, s, w), x, doc.y + 2, { width, align: 'center' });
  doc.fillColor('black');
  return doc.y;
}

function row(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop, cells: { s: CharterSignatory | undefined; heading: string; x: number }[], width: number, status = true): void {
  keep(doc, 90);
  const top = doc.y;
  doc.y = Math.max(...cells.map((c) => cell(doc, bundle, w, c.s, c.heading, c.x, top, width, status))) + 16;
}

function signatureBlock(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop): void {
  const c = bundle.charter;
  const x = left(doc);
  const half = (textWidth(doc) - 30) / 2;
  const middle = x + (textWidth(doc) - half) / 2;
  const kedua = byCapacity(c, 'pihak_kedua');
  const pertama = byCapacity(c, 'pihak_pertama');
  for (let i = 0; i < Math.max(kedua.length, pertama.length, 1); i += 1) {
    row(doc, bundle, w, [{ s: kedua[i], heading: i === 0 ? `${sebutanEn('pihak_kedua')},` : '', x }, { s: pertama[i], heading: i === 0 ? `${sebutanEn('pihak_pertama')},` : '', x: x + half + 30 }], half);
  }
  for (const s of byCapacity(c, 'pihak_ketiga')) row(doc, bundle, w, [{ s, heading: `${sebutanEn('pihak_ketiga')},`, x: middle }], half);
  const saksi = byCapacity(c, 'saksi');
  if (saksi.length) {
    keep(doc, 60);
    doc.font('bold').fontSize(BODY).text(WITNESSES_HEADING, x, doc.y, { width: textWidth(doc) });
    doc.moveDown(0.3);
    saksi.forEach((s, i) => {
      keep(doc, 40);
      const signed = signatureOf(bundle, s);
      const top = doc.y;
      doc.font('regular').fontSize(BODY).text(`${i + 1}.`, x, top, { width: 18 });
      doc.font('bold').text(s.displayName, x + 18, top, { width: textWidth(doc) - 18 });
      if (signed) doc.font('regular').fontSize(8.5).text(`${signed.signer.title}, ${signed.signer.institution}`, x + 18, doc.y, { width: textWidth(doc) - 18 });
      doc.font('italic').fontSize(7.5).fillColor(signed ? '#1a5e2a' : GREY).text(signatureStatusEn(bundle, s, w), x + 18, doc.y + 1, { width: textWidth(doc) - 18 }).fillColor('black');
      doc.moveDown(0.5);
    });
    doc.moveDown(0.4);
  }
  const mengetahui = byCapacity(c, 'mengetahui');
  for (const s of mengetahui.length ? mengetahui : [undefined]) row(doc, bundle, w, [{ s, heading: ACKNOWLEDGED_HEADING, x: middle }], half);
  doc.x = x;
}

function pledgeBlock(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop): void {
  const texts = maklumatTextsEn(bundle.charter);
  if (!texts.length) return;
  doc.addPage();
  const x = left(doc);
  const width = textWidth(doc);
  centered(doc, PLEDGE_TITLE, 'bold', 14);
  centered(doc, (providerInstitution(bundle, w) ?? '').toUpperCase(), 'bold', 10.5);
  doc.moveDown(1);
  for (const t of texts) {
    doc.font('bold').fontSize(11).text(t, x + 20, doc.y, { width: width - 40, align: 'center', lineGap: 2 });
    doc.moveDown(0.6);
  }
  doc.moveDown(1);
  const colX = x + width / 2;
  keep(doc, 100);
  doc.font('regular').fontSize(BODY).text(maklumatPlaceDateEn(bundle.charter, w), colX, doc.y, { width: width / 2, align: 'center' });
  row(doc, bundle, w, [{ s: byCapacity(bundle.charter, 'pihak_pertama')[0], heading: '', x: colX }], width / 2, false);
  doc.x = x;
}

async function verifyBlock(doc: Doc, bundle: CharterBundle, w: NaskahWorkshop, verifyUrl: string): Promise<void> {
  keep(doc, 130);
  doc.moveDown(1.2);
  const x = left(doc);
  const top = doc.y;
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  doc.image(qr, x, top, { width: 90 });
  const tx = x + 104;
  const tw = textWidth(doc) - 104;
  doc.font('regular').fontSize(9).fillColor('black').text(VERIFY_SENTENCE_EN, tx, top, { width: tw });
  // The address on one line, or two split before the code ("&h="): never broken inside the code.
  const split = verifyUrl.indexOf('&h=');
  const urlLines = fitSize(doc, verifyUrl, 'mono', tw, 8) >= 6.5 || split < 0 ? [verifyUrl] : [verifyUrl.slice(0, split), verifyUrl.slice(split)];
  const urlSize = Math.min(...urlLines.map((line) => fitSize(doc, line, 'mono', tw, 8)));
  let y = doc.y + 3;
  for (const line of urlLines) {
    doc.font('mono').fontSize(urlSize).text(line, tx, y, { lineBreak: false });
    y += urlSize + 3;
  }
  doc.font('regular').fontSize(8.5).text(AUTHENTICITY_CODE_EN, tx, y + 4, { width: tw });
  y = doc.y + 1;
  doc.font('mono').fontSize(fitSize(doc, bundle.charterSha256, 'mono', tw, 8)).text(bundle.charterSha256, tx, y, { lineBreak: false });
  doc.font('regular').fontSize(8.5).fillColor(GREY).text(versionLineEn(bundle, w), tx, y + 14, { width: tw }).fillColor('black');
  doc.y = Math.max(doc.y, top + 96);
  doc.x = x;
}

/** Annex I: the service standard's 14 components, one entry under the other (no frame to cross a page). */
function standardAnnex(doc: Doc, bundle: CharterBundle): void {
  doc.addPage();
  const x = left(doc);
  centered(doc, STANDARD_ANNEX_TITLE, 'bold', 12);
  centered(doc, standardTitleEn(bundle.charter), 'bold', 10.5);
  doc.moveDown(0.4);
  paragraph(doc, STANDARD_INTRO_EN);
  doc.moveDown(0.6);
  for (const row of standardRowsEn(bundle.charter)) {
    keep(doc, 40);
    doc.font('bold').fontSize(BODY).fillColor('black').text(`${row.number}. ${row.component}`, x, doc.y, { width: textWidth(doc) });
    for (const e of row.entries) doc.font('regular').fontSize(9).text(e, x + 22, doc.y + 1, { width: textWidth(doc) - 22, lineGap: 0.5 });
    doc.moveDown(0.5);
  }
  doc.x = x;
}

function annex(doc: Doc, bundle: CharterBundle): void {
  recordsAnnex(doc, {
    title: ANNEX_TITLE,
    subtitle: ANNEX_RECORDS_TITLE,
    intro: annexIntroEn(bundle.charter),
    records: negotiationRecordsEn(bundle.charter),
    flowTitle: SERVICE_FLOW_TITLE_EN,
    flow: serviceFlowLinesEn(bundle.charter),
  });
}

export async function naskahEnPdf(bundle: CharterBundle, verifyUrl: string, workshop: NaskahWorkshop = { institution: null, place: null, timeZone: null }): Promise<Buffer> {
  const c = bundle.charter;
  const { doc, done } = openPdf({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 56 },
    title: `Service Agreement ${c.workshop.serviceName} (version ${c.charterVersion}) — English translation`,
    subject: bundle.charterSha256,
    lang: 'en-GB',
  });
  title(doc, bundle, workshop);
  komparisiBlock(doc, bundle, workshop);
  articleList(doc, articlesEn(c), (n) => `Article ${n}`);
  keep(doc, 60);
  paragraph(doc, closingSentenceEn(c));
  doc.moveDown(1.5);
  signatureBlock(doc, bundle, workshop);
  pledgeBlock(doc, bundle, workshop);
  await verifyBlock(doc, bundle, workshop, verifyUrl);
  standardAnnex(doc, bundle);
  annex(doc, bundle);
  numberPages(doc, (page, of) => `${TRANSLATION_TITLE} · ${pageNumberTextEn(page, of)}`);
  doc.end();
  return done;
}
