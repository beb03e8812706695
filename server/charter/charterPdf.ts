/**
 * The printable charter (PDF, A4): Bahasa Indonesia first, English under it where present.
 * Title, sections with clauses and their commitments (users' ask and provider's baseline beside
 * them), the service flow as a numbered flow, the Maklumat pledge, the signature block with
 * status, the charter fingerprint and a QR code to the /verify page.
 *
 * Library: pdfkit (MIT, plain Node streams, text layout with line breaking) with DejaVu Sans
 * embedded from the `dejavu-fonts-ttf` package: the PDF standard fonts are WinAnsi-only and
 * cannot print "≤", "→" or "…"; DejaVu covers Latin, symbols and arrows.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { AnyCharterBundle as CharterBundle } from '../../shared/charter/publicCharter';
import type { AnyCharterClause as CharterClause } from '../../shared/charter/publicCharter';
import { charterDecisionSummary } from '../../shared/charter/charterDocument';
import { capacityFacts } from '../../shared/charter/charterMarkdown';
import { capacityLabel, clausePartyTexts, decisionSummaryText, komparisiText, decisionText, formatCommitment, formatMeasure, LABELS, notApplicableDecisionText } from '../../shared/charter/charterText';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  regular: path.join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  italic: path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
  mono: path.join(FONT_DIR, 'DejaVuSansMono.ttf'),
};
const GREY = '#555555';
const ACCENT = '#1f4e79';

type Doc = PDFKit.PDFDocument;

function heading(doc: Doc, text: string, en?: string): void {
  if (doc.y > doc.page.height - 140) doc.addPage();
  doc.moveDown(0.6).font('bold').fontSize(12).fillColor(ACCENT).text(text);
  if (en) doc.font('italic').fontSize(9).fillColor(GREY).text(en);
  doc.fillColor('black').moveDown(0.2);
}

function clause(doc: Doc, c: CharterClause, number: string, partnerName: (id: string) => string | undefined, all: readonly CharterClause[]): void {
  const indent = 30;
  const x = doc.page.margins.left;
  doc.font('regular').fontSize(10).fillColor('black').text(number, x, doc.y, { continued: false, width: indent });
  // The room's stable number first, so the paper names the clause the way the board did.
  if (c.number !== undefined) doc.moveUp().font('bold').text(`K${c.number}  `, x + indent, doc.y, { continued: true }).font('regular').text(c.current.text.id);
  else doc.moveUp().text(c.current.text.id, x + indent, doc.y);
  const opts = { indent: 0 };
  if (c.current.text.en) doc.font('italic').fontSize(9).fillColor(GREY).text(c.current.text.en, x + indent, doc.y, opts);
  const facts: string[] = [...clausePartyTexts(c.current, partnerName, 'id')];
  if (c.current.commitment) facts.push(`${LABELS.commitment.id} / ${LABELS.commitment.en}: ${formatCommitment(c.current.commitment, 'id')}`);
  const sides: string[] = [];
  if (c.usersAsk) sides.push(`${LABELS.usersAsk.id}: ${formatMeasure(c.usersAsk, 'id')}`);
  if (c.providerBaseline) sides.push(`${LABELS.providerBaseline.id}: ${formatMeasure(c.providerBaseline, 'id')}`);
  if (sides.length) facts.push(sides.join('  ·  '));
  facts.push(...capacityFacts(c, all, 'id'));
  if (c.consensus) {
    const r = c.consensus.result;
    const label = c.consensus.outcome === 'decided_by_fallback' ? LABELS.decision.id : LABELS.consensus.id;
    facts.push(`${label}: ${decisionText(c.consensus, 'id')} · ${r.reservations.length} ${LABELS.reservations.id} · ${r.standAsides.length} ${LABELS.standAsides.id}`);
  }
  if (facts.length) doc.font('regular').fontSize(8.5).fillColor(ACCENT).text(facts.join('\n'), x + indent, doc.y);
  const report = c.consensus?.minorityReport;
  // The public view says who submitted it only with the authors' consent (publicCharter.ts).
  if (report) doc.font('italic').fontSize(8.5).fillColor(GREY).text(`${LABELS.minorityReport.id}${'attribution' in report ? ` (${report.attribution.id})` : ''}: ${report.text.id}`, x + indent, doc.y);
  doc.fillColor('black').moveDown(0.35);
  doc.x = x;
}

function serviceFlow(doc: Doc, bundle: CharterBundle): void {
  const steps = bundle.charter.content.serviceFlow;
  if (!steps.length) return;
  heading(doc, LABELS.serviceFlow.id, LABELS.serviceFlow.en);
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  steps.forEach((step, i) => {
    if (doc.y > doc.page.height - 110) doc.addPage();
    const top = doc.y;
    doc.roundedRect(x, top, width, 38, 4).lineWidth(0.8).strokeColor(ACCENT).stroke();
    doc.font('bold').fontSize(10).fillColor(ACCENT).text(`${i + 1}`, x + 8, top + 6, { width: 18 });
    doc.font('bold').fontSize(9.5).fillColor('black').text(`${step.unit}: ${step.action}`, x + 28, top + 6, { width: width - 40, height: 14, ellipsis: true });
    const docs = step.documents ? `${LABELS.documents.id}: ${step.documents}  ·  ` : '';
    doc.font('regular').fontSize(8.5).fillColor(GREY).text(`${docs}${step.minutes} ${LABELS.minutes.id}  ·  Rp ${step.costRupiah}`, x + 28, top + 21, { width: width - 40, height: 12, ellipsis: true });
    doc.y = top + 38;
    if (i < steps.length - 1) doc.font('regular').fontSize(11).fillColor(ACCENT).text('↓', x, doc.y + 1, { width, align: 'center' });
  });
  doc.fillColor('black').moveDown(0.5);
  doc.x = x;
}

function maklumat(doc: Doc, bundle: CharterBundle): void {
  if (!bundle.charter.maklumat.length) return;
  heading(doc, LABELS.maklumat.id, LABELS.maklumat.en);
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  for (const m of bundle.charter.maklumat) {
    const top = doc.y;
    doc.font('bold').fontSize(10.5).text(`“${m.text.id}”`, x + 12, top + 8, { width: width - 24, align: 'center' });
    if (m.text.en) doc.font('italic').fontSize(9).fillColor(GREY).text(`“${m.text.en}”`, x + 12, doc.y + 2, { width: width - 24, align: 'center' });
    doc.rect(x, top, width, doc.y - top + 8).lineWidth(1.2).strokeColor(ACCENT).stroke();
    doc.fillColor('black');
    doc.y += 14;
  }
  doc.x = x;
}

function signatureCell(doc: Doc, bundle: CharterBundle, s: CharterBundle['charter']['signatories'][number], left: number, top: number, width: number): number {
  const signed = bundle.signatures.find((g) => g.participantId === s.participantId && g.capacity === s.capacity);
  const label = capacityLabel(s.capacity);
  doc.font('bold').fontSize(9).fillColor(ACCENT).text(label.id, left, top, { width });
  doc.font('italic').fontSize(8).fillColor(GREY).text(label.en, left, doc.y, { width });
  const status = signed ? `✓ ${LABELS.signed.id} / ${LABELS.signed.en}\n${signed.signedAt} · kunci ${signed.keyId.slice(0, 12)}…` : `○ ${LABELS.unsigned.id} / ${LABELS.unsigned.en}`;
  doc.font('regular').fontSize(8).fillColor(signed ? '#1a7f37' : '#b35900').text(status, left, doc.y + 4, { width });
  doc.moveTo(left, doc.y + 6).lineTo(left + width - 10, doc.y + 6).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.font('bold').fontSize(9.5).fillColor('black').text(s.displayName, left, doc.y + 10, { width });
  const komparisi = komparisiText(s, 'id');
  if (komparisi) doc.font('italic').fontSize(8).fillColor(GREY).text(komparisi, left, doc.y, { width }).fillColor('black');
  if (signed) doc.font('regular').fontSize(8.5).text(`${signed.signer.title}\n${signed.signer.institution}`, left, doc.y, { width });
  return doc.y;
}

function signatureBlock(doc: Doc, bundle: CharterBundle): void {
  heading(doc, LABELS.signatures.id, LABELS.signatures.en);
  const x = doc.page.margins.left;
  const width = (doc.page.width - doc.page.margins.left - doc.page.margins.right - 20) / 2;
  const list = bundle.charter.signatories;
  for (let i = 0; i < list.length; i += 2) {
    if (doc.y > doc.page.height - 150) doc.addPage();
    const top = doc.y;
    const bottoms = list.slice(i, i + 2).map((s, col) => signatureCell(doc, bundle, s, x + col * (width + 20), top, width));
    doc.y = Math.max(...bottoms) + 16;
  }
  doc.x = x;
}

async function footer(doc: Doc, bundle: CharterBundle, verifyUrl: string): Promise<void> {
  if (doc.y > doc.page.height - 170) doc.addPage();
  const x = doc.page.margins.left;
  const top = doc.y + 10;
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  doc.image(qr, x, top, { width: 110 });
  const left = x + 125;
  const width = doc.page.width - doc.page.margins.right - left;
  doc.font('bold').fontSize(9).fillColor('black').text(`${LABELS.hash.id} / ${LABELS.hash.en}`, left, top, { width });
  doc.font('mono').fontSize(8.5).text(bundle.charterSha256, left, doc.y + 2, { width });
  const c = bundle.charter;
  const lines = [
    c.logHead ? `Log kegiatan: ${c.logHead.seq} entri · ${c.logHead.hash.slice(0, 16)}…` : '',
    bundle.seal ? `Segel server / server seal: ${bundle.seal.keyId.slice(0, 16)}… (${bundle.seal.sealedAt})` : 'Belum disegel server / not sealed yet',
    `${LABELS.verify.id} / ${LABELS.verify.en}: ${verifyUrl}`,
    'Pindai kode QR atau jalankan `npx mufakat verify <bundle.json>`. / Scan the QR code or run `npx mufakat verify <bundle.json>`.',
  ].filter(Boolean);
  doc.font('regular').fontSize(8).fillColor(GREY).text(lines.join('\n'), left, doc.y + 6, { width });
  doc.fillColor('black');
}

export async function charterPdf(bundle: CharterBundle, verifyUrl: string): Promise<Buffer> {
  const c = bundle.charter;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: `${LABELS.charter.id}: ${c.workshop.serviceName} (v${c.charterVersion})`, Subject: bundle.charterSha256, Creator: 'Mufakat' },
    lang: 'id-ID',
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('italic', FONTS.italic);
  doc.registerFont('mono', FONTS.mono);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(18).fillColor(ACCENT).text(LABELS.charter.id.toUpperCase(), { align: 'center' });
  doc.font('italic').fontSize(10).fillColor(GREY).text(LABELS.charter.en, { align: 'center' });
  doc.moveDown(0.4).font('bold').fontSize(14).fillColor('black').text(c.workshop.serviceName, { align: 'center' });
  doc.font('regular').fontSize(9.5).fillColor(GREY).text(`${c.workshop.title}\n${LABELS.version.id} ${c.charterVersion} · ${LABELS.frozenAt.id} ${c.frozenAt}`, { align: 'center' });
  const summary = charterDecisionSummary(c);
  doc.font('regular').fontSize(8.5).fillColor(GREY).text(`${LABELS.summary.id}: ${decisionSummaryText(summary, 'id')}`, { align: 'center' });
  doc.fillColor('black');
  const partnerName = (id: string) => c.stakeholders.find((s) => s.id === id)?.name;
  const all: CharterClause[] = [];
  for (const section of c.sections) all.push(...section.clauses);
  c.sections.forEach((section, i) => {
    heading(doc, `${i + 1}. ${section.name.id}`, section.name.en);
    if (section.notApplicable) {
      const how = section.notApplicableDecision ? ` (${notApplicableDecisionText(section.notApplicableDecision, 'id')})` : '';
      doc.font('italic').fontSize(9.5).fillColor(GREY).text(`${LABELS.notApplicable.id}: ${section.notApplicable.id}${how}`).fillColor('black');
    }
    section.clauses.forEach((cl, k) => {
      clause(doc, cl, `${i + 1}.${k + 1}`, partnerName, all);
    });
  });
  serviceFlow(doc, bundle);
  maklumat(doc, bundle);
  signatureBlock(doc, bundle);
  await footer(doc, bundle, verifyUrl);
  doc.end();
  return done;
}
