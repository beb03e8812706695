/**
 * Posters for the office wall, from a frozen charter version, in Bahasa Indonesia only:
 *
 * - `maklumatPoster` (A3 or A4): the agreed MAKLUMAT text once, signed by the head of the unit
 *   alone (pihak pertama: place and date, jabatan, space for the wet signature and stamp, name,
 *   NIP when known), a QR code to the verification page and one sentence on how to check it;
 * - `standarBoard` (A3): the standar pelayanan users need at the counter (persyaratan, prosedur,
 *   jangka waktu, biaya, produk, pengaduan) from the agreed clauses, in type readable from two
 *   metres; it runs over several sheets when the text needs them, and no frame crosses a sheet;
 * - `flowPoster` (A3): the service flow of the content document, one box per step (unit,
 *   action, documents, processing time, cost). Text is never cut: the type shrinks until every
 *   box fits, and below the smallest size the flow continues on the next sheet.
 *
 * The flow records processing minutes per step, not waiting time, so the poster says so and
 * prints the agreed completion time (which includes waiting) beside the sum of processing times.
 */
import { jabatanOf, signerNip } from './naskahText';
import { type Doc, openPdf } from './pdfDocument';
import QRCode from 'qrcode';
import type { CharterBundle } from '../../shared/charter/bundle';
import type { CharterClause, CharterDocument } from '../../shared/charter/charterDocument';
import { formatCommitment, formatDate, formatMeasure } from '../../shared/charter/charterText';
import { TIME_ZONE_OFFSET_HOURS } from '../../shared/charter/dates';

const ACCENT = '#1f4e79';
const GREY = '#444444';
const LIGHT = '#e8eef5';

export type PosterSize = 'A3' | 'A4';
export type PosterTimeZone = 'WIB' | 'WITA' | 'WIT';

export interface PosterOptions {
  /** The workshop's time zone, for the date under the signature (WIB when unknown). */
  timeZone?: PosterTimeZone | null;
  /** The workshop's office, when the charter has no signed pihak pertama to take it from. */
  institution?: string | null;
  /** Where the workshop met: the place under the signature when the office names no city. */
  place?: string | null;
}

/** "2026-12-03T20:15:00.000Z" in WIB → "4 Desember 2026". */
export function localDateInWords(iso: string, timeZone: PosterTimeZone | null | undefined): string {
  const at = new Date(Date.parse(iso) + TIME_ZONE_OFFSET_HOURS[timeZone ?? 'WIB'] * 3_600_000);
  return Number.isNaN(at.getTime()) ? '' : formatDate(at.toISOString().slice(0, 10), 'id');
}

/** "Dinas ... Kota Yogyakarta" → "Yogyakarta"; "... Kabupaten Sleman" → "Sleman"; else null. */
export function placeOfOffice(institution: string | null | undefined): string | null {
  const match = /\b(?:Kota|Kabupaten|Kab\.|Provinsi)\s+([^,;]+?)\s*$/u.exec(institution?.trim() ?? '');
  return match ? match[1]! : null;
}

/**
 * The jabatan under the signature: the title joined to the office, the words they share once.
 * "Kepala Dinas" + "Dinas Kependudukan ... Kota Yogyakarta" → "Kepala Dinas Kependudukan ... Kota Yogyakarta".
 */
export function jabatanText(title: string, institution: string): string {
  const t = title.trim().split(/\s+/).filter(Boolean);
  const inst = institution.trim().split(/\s+/).filter(Boolean);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w.toLowerCase() === b[i]!.toLowerCase());
  for (let n = Math.min(t.length, inst.length); n > 0; n--) {
    if (same(t.slice(t.length - n), inst.slice(0, n))) return [...t, ...inst.slice(n)].join(' ');
  }
  return [...t, ...inst].join(' ');
}

function newDoc(size: PosterSize, title: string, subject: string, margins = { top: 0, bottom: 0, left: 0, right: 0 }): { doc: Doc; done: Promise<Buffer> } {
  return openPdf({ size, margins, title, subject });
}

/** The largest size in [min, max] at which `text` fits `height`, or null when even `min` does not. */
function fittingSize(doc: Doc, font: string, text: string, width: number, height: number, max: number, min: number, lineGap = 0): number | null {
  for (let size = max; size >= min; size -= 0.5) {
    if (doc.font(font).fontSize(size).heightOfString(text, { width, lineGap }) <= height) return size;
  }
  return null;
}

/** "Halaman 1 dari 2" and the charter line at the foot of every sheet (pages must be buffered). */
function footers(doc: Doc, c: CharterDocument, scale: number, timeZone: PosterTimeZone | null | undefined): void {
  const range = doc.bufferedPageRange();
  const agreed = `Kontrak Pelayanan ${c.workshop.serviceName}, versi ${c.charterVersion}, naskah final ditetapkan ${localDateInWords(c.frozenAt, timeZone)}`;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits below the text area: without this, pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    const m = 40 * scale;
    const sheet = range.count > 1 ? `  ·  Lembar ${i - range.start + 1} dari ${range.count}` : '';
    doc.font('regular').fontSize(9 * scale).fillColor(GREY).text(`${agreed}${sheet}`, m, doc.page.height - m + 8 * scale, { width: doc.page.width - 2 * m, align: 'center', lineBreak: false, height: 14 * scale });
  }
}

// ---------------------------------------------------------------------------------------------
// Maklumat Pelayanan
// ---------------------------------------------------------------------------------------------

interface HeadOfUnit {
  name: string;
  jabatan: string;
  nip: string | null;
  place: string | null;
  date: string;
}

function headOfUnit(bundle: CharterBundle, options: PosterOptions): HeadOfUnit {
  const c = bundle.charter;
  const first = c.signatories.find((s) => s.capacity === 'pihak_pertama');
  const signed = bundle.signatures.find((g) => g.capacity === 'pihak_pertama' && (!first || g.participantId === first.participantId));
  const institution = signed?.signer.institution || options.institution || '';
  const jabatan = signed ? jabatanText(jabatanOf(signed), institution) : institution ? `Pimpinan ${institution}` : 'Pimpinan penyelenggara';
  return {
    name: signed?.signer.name || first?.displayName || '',
    jabatan,
    nip: signerNip(signed) ?? null,
    place: placeOfOffice(institution) ?? options.place?.trim() ?? null,
    date: localDateInWords(signed?.signedAt ?? c.frozenAt, options.timeZone),
  };
}

export const MAKLUMAT_CHECK_SENTENCE =
  'Pindai kode QR ini dengan kamera ponsel untuk memeriksa bahwa maklumat ini sama dengan Kontrak Pelayanan yang disepakati dan ditandatangani bersama pengguna layanan.';

export async function maklumatPoster(bundle: CharterBundle, verifyUrl: string, size: PosterSize, options: PosterOptions = {}): Promise<Buffer> {
  const c = bundle.charter;
  const { doc, done } = newDoc(size, `Maklumat Pelayanan: ${c.workshop.serviceName}`, bundle.charterSha256);
  const k = doc.page.width / 595.28;
  const W = doc.page.width;
  const H = doc.page.height;
  const m = 48 * k;
  const inner = W - 2 * m;
  const head = headOfUnit(bundle, options);

  doc.rect(m / 2, m / 2, W - m, H - m).lineWidth(3 * k).strokeColor(ACCENT).stroke();
  doc.rect(m / 2 + 5 * k, m / 2 + 5 * k, W - m - 10 * k, H - m - 10 * k).lineWidth(0.8 * k).strokeColor(ACCENT).stroke();

  let y = m + 16 * k;
  const office = (bundle.signatures.find((g) => g.capacity === 'pihak_pertama')?.signer.institution || options.institution || '').toUpperCase();
  if (office) {
    doc.font('bold').fontSize(13 * k).fillColor(GREY).text(office, m, y, { width: inner, align: 'center' });
    y = doc.y + 14 * k;
  }
  doc.font('bold').fontSize(32 * k).fillColor(ACCENT).text('MAKLUMAT PELAYANAN', m, y, { width: inner, align: 'center' });
  doc.font('bold').fontSize(18 * k).fillColor('black').text(`Pelayanan ${c.workshop.serviceName}`, m, doc.y + 4 * k, { width: inner, align: 'center' });
  y = doc.y + 16 * k;
  doc.moveTo(m + inner * 0.2, y).lineTo(m + inner * 0.8, y).lineWidth(2 * k).strokeColor(ACCENT).stroke();
  y += 24 * k;

  // The pledge takes what the signature and the QR code leave; its type shrinks to fit.
  const signatureTop = H - m - 330 * k;
  const pledge = c.maklumat.map((p) => p.text.id.trim()).join('\n\n') || 'Maklumat belum disepakati.';
  const textWidth = inner - 40 * k;
  const sizePt = fittingSize(doc, 'bold', pledge, textWidth, signatureTop - y - 16 * k, 28 * k, 8 * k, 6 * k) ?? 8 * k;
  const pledgeHeight = doc.font('bold').fontSize(sizePt).heightOfString(pledge, { width: textWidth, lineGap: 6 * k });
  doc.fillColor('black').text(pledge, m + 20 * k, y + Math.max(0, (signatureTop - y - 16 * k - pledgeHeight) / 2), { width: textWidth, align: 'center', lineGap: 6 * k });

  // Signature of the head of the unit alone, on the right, as a decree or pledge is signed.
  const col = inner * 0.5;
  const left = m + inner - col;
  doc.font('regular').fontSize(13 * k).fillColor('black').text(head.place ? `${head.place}, ${head.date}` : head.date, left, signatureTop, { width: col, align: 'center' });
  doc.font('bold').fontSize(13 * k).text(head.jabatan.toUpperCase(), left, doc.y + 4 * k, { width: col, align: 'center' });
  const nameY = doc.y + 80 * k;
  doc.font('bold').fontSize(13 * k).text(head.name, left, nameY, { width: col, align: 'center', underline: true });
  if (head.nip) doc.font('regular').fontSize(12 * k).text(`NIP ${head.nip}`, left, doc.y + 2 * k, { width: col, align: 'center' });

  // How to check it: the QR code and one sentence.
  const qrSize = 96 * k;
  const qrTop = H - m - qrSize - 16 * k;
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 8 });
  doc.image(qr, m + 10 * k, qrTop, { width: qrSize, height: qrSize });
  doc.link(m + 10 * k, qrTop, qrSize, qrSize, verifyUrl);
  const textLeft = m + 10 * k + qrSize + 16 * k;
  const textW = m + inner - textLeft;
  doc.font('regular').fontSize(11 * k).fillColor('black').text(MAKLUMAT_CHECK_SENTENCE, textLeft, qrTop + 8 * k, { width: textW });
  doc.font('mono').fontSize(6.5 * k).fillColor(GREY).text(verifyUrl, textLeft, doc.y + 6 * k, { width: textW, link: verifyUrl });

  doc.end();
  return done;
}

// ---------------------------------------------------------------------------------------------
// Standar pelayanan board
// ---------------------------------------------------------------------------------------------

/** The components users need at the counter, in the order of PermenPANRB 15/2014, in plain words. */
export const BOARD_SECTIONS: readonly { code: string; title: string }[] = [
  { code: 'PERSYARATAN', title: 'Persyaratan' },
  { code: 'PROSEDUR', title: 'Prosedur' },
  { code: 'WAKTU', title: 'Jangka waktu penyelesaian' },
  { code: 'BIAYA', title: 'Biaya' },
  { code: 'PRODUK', title: 'Produk pelayanan' },
  { code: 'PENGADUAN', title: 'Pengaduan, saran dan masukan' },
];

const BIG_NUMBERS = new Set(['WAKTU', 'BIAYA']);

const agreedClauses = (c: CharterDocument, code: string): CharterClause[] => c.sections.find((s) => s.code === code)?.clauses ?? [];

export async function standarBoard(bundle: CharterBundle, options: PosterOptions = {}): Promise<Buffer> {
  const c = bundle.charter;
  const k = 1;
  const m = 48 * k;
  const { doc, done } = newDoc('A3', `Standar Pelayanan: ${c.workshop.serviceName}`, bundle.charterSha256, { top: m, bottom: m + 20 * k, left: m, right: m });
  const W = doc.page.width;
  const bottom = () => doc.page.height - m - 20 * k;
  const inner = W - 2 * m;
  const body = 20 * k;
  const gap = 6 * k;

  doc.font('bold').fontSize(40 * k).fillColor(ACCENT).text('STANDAR PELAYANAN', m, m, { width: inner, align: 'center' });
  doc.font('bold').fontSize(24 * k).fillColor('black').text(`Pelayanan ${c.workshop.serviceName}`, m, doc.y + 4 * k, { width: inner, align: 'center' });
  const office = bundle.signatures.find((g) => g.capacity === 'pihak_pertama')?.signer.institution || options.institution;
  if (office) doc.font('regular').fontSize(16 * k).fillColor(GREY).text(office, m, doc.y + 4 * k, { width: inner, align: 'center' });
  doc.y += 18 * k;

  BOARD_SECTIONS.forEach(({ code, title }, i) => {
    const section = c.sections.find((s) => s.code === code);
    const clauses = agreedClauses(c, code);
    // The time and the fee are the numbers users look for: those commitments are printed large.
    const paragraphs: { big?: string; text: string }[] = clauses.map((cl) => ({
      ...(cl.current.commitment && BIG_NUMBERS.has(code) ? { big: formatCommitment(cl.current.commitment, 'id') } : {}),
      text: cl.current.text.id.trim(),
    }));
    if (section?.notApplicable) paragraphs.push({ text: `Tidak berlaku: ${section.notApplicable.id.trim()}` });
    if (paragraphs.length === 0) paragraphs.push({ text: 'Belum disepakati.' });

    // Keep the heading with the first lines of its text: a bar is never left alone at the foot.
    const barHeight = 38 * k;
    const twoLines = 2 * (body * 1.2 + gap);
    const bar = (label: string) => {
      const top = doc.y + 8 * k;
      doc.rect(m, top, inner, barHeight).fill(ACCENT);
      doc.font('bold').fontSize(24 * k).fillColor('white').text(label, m + 14 * k, top + 6 * k, { width: inner - 28 * k, lineBreak: false });
      doc.y = top + barHeight + 10 * k;
    };
    // A clause that starts on a new sheet repeats its component's bar, marked as continued.
    const keep = (height: number) => {
      if (doc.y + height <= bottom()) return;
      doc.addPage();
      bar(`${i + 1}. ${title} (lanjutan)`);
    };
    const firstLines = Math.min(doc.font('regular').fontSize(body).heightOfString(paragraphs[0]!.text, { width: inner - 24 * k, lineGap: gap }), 3 * (body * 1.2 + gap));
    if (doc.y + barHeight + firstLines + (paragraphs[0]!.big ? 40 * k : 0) > bottom()) doc.addPage();
    bar(`${i + 1}. ${title}`);
    for (const p of paragraphs) {
      if (p.big) {
        // The number stays with the first two lines of its clause.
        keep(44 * k + twoLines);
        doc.font('bold').fontSize(32 * k).fillColor(ACCENT).text(p.big, m + 12 * k, doc.y, { width: inner - 24 * k });
        doc.y += 4 * k;
      } else keep(twoLines);
      // Text runs on to the next sheet by itself when it must; no frame is drawn around it.
      doc.font('regular').fontSize(body).fillColor('black').text(p.text, m + 12 * k, doc.y, { width: inner - 24 * k, lineGap: gap });
      doc.y += 10 * k;
    }
    doc.y += 8 * k;
  });
  footers(doc, c, k, options.timeZone);
  doc.end();
  return done;
}

// ---------------------------------------------------------------------------------------------
// Service-flow poster
// ---------------------------------------------------------------------------------------------

function rupiahText(value: number): string {
  return value === 0 ? 'Rp 0 (gratis)' : formatMeasure({ value, unit: 'rupiah' }, 'id');
}

interface StepText {
  number: string;
  unit: string;
  action: string;
  meta: string;
}

function stepTexts(c: CharterDocument): StepText[] {
  return c.content.serviceFlow.map((s, i) => {
    const meta = [s.documents.trim() ? `Dokumen yang dibawa: ${s.documents.trim()}` : '', [s.minutes > 0 ? `Waktu proses: ${s.minutes} menit` : '', `Biaya: ${rupiahText(s.costRupiah)}`].filter(Boolean).join('     ')]
      .filter(Boolean)
      .join('\n');
    return { number: String(i + 1), unit: s.unit.trim(), action: s.action.trim(), meta };
  });
}

/** The agreed completion time, which includes waiting: the first WAKTU commitment, if any. */
function agreedCompletion(c: CharterDocument): string | null {
  const withCommitment = agreedClauses(c, 'WAKTU').find((cl) => cl.current.commitment);
  return withCommitment?.current.commitment ? formatCommitment(withCommitment.current.commitment, 'id') : null;
}

export async function flowPoster(bundle: CharterBundle, options: PosterOptions = {}): Promise<Buffer> {
  const c = bundle.charter;
  const { doc, done } = newDoc('A3', `Alur Pelayanan: ${c.workshop.serviceName}`, bundle.charterSha256);
  const k = doc.page.width / 841.89;
  const m = 48 * k;
  const W = doc.page.width;
  const inner = W - 2 * m;
  const steps = stepTexts(c);
  const pad = 14 * k;
  const badge = 46 * k;
  const textLeft = m + pad + badge + 14 * k;
  const textWidth = m + inner - pad - textLeft;
  const arrow = 30 * k;

  const header = (): number => {
    doc.font('bold').fontSize(40 * k).fillColor(ACCENT).text('ALUR PELAYANAN', m, m, { width: inner, align: 'center' });
    doc.font('bold').fontSize(24 * k).fillColor('black').text(`Pelayanan ${c.workshop.serviceName}`, m, doc.y + 4 * k, { width: inner, align: 'center' });
    return doc.y + 20 * k;
  };
  const totalMinutes = c.content.serviceFlow.reduce((sum, s) => sum + Math.max(0, s.minutes), 0);
  const completion = agreedCompletion(c);
  const note = [
    totalMinutes > 0 ? `Jumlah waktu proses semua langkah: ${totalMinutes} menit. Waktu proses adalah lama petugas mengerjakan tiap langkah; waktu menunggu giliran dan waktu antarlangkah tidak termasuk.` : '',
    completion ? `Jangka waktu penyelesaian yang dijanjikan, termasuk waktu menunggu: ${completion}.` : '',
  ]
    .filter(Boolean)
    .join('\n');

  const stepHeight = (s: StepText, size: number): number => {
    const unitH = doc.font('bold').fontSize(size * 1.05).heightOfString(s.unit, { width: textWidth });
    const actionH = doc.font('regular').fontSize(size).heightOfString(s.action, { width: textWidth, lineGap: 3 * k });
    const metaH = doc.font('regular').fontSize(size * 0.85).heightOfString(s.meta, { width: textWidth, lineGap: 2 * k });
    return Math.max(badge, unitH + 6 * k + actionH + 8 * k + metaH) + 2 * pad;
  };
  const noteHeight = (size: number) => (note ? doc.font('regular').fontSize(size * 0.8).heightOfString(note, { width: inner - 2 * pad, lineGap: 3 * k }) + 2 * pad : 0);

  let top = header();
  const bottom = doc.page.height - m - 20 * k;
  // The largest type at which the whole flow and its note fit one sheet; else 14 pt and more sheets.
  let size = 14 * k;
  for (let s = 24 * k; s >= 14 * k; s -= 0.5 * k) {
    const total = steps.reduce((sum, st) => sum + stepHeight(st, s), 0) + arrow * Math.max(0, steps.length - 1) + noteHeight(s) + 10 * k;
    if (top + total <= bottom) {
      size = s;
      break;
    }
  }

  steps.forEach((s, i) => {
    const h = stepHeight(s, size);
    if (top + h > bottom) {
      doc.addPage();
      top = header();
    }
    doc.roundedRect(m, top, inner, h, 8 * k).lineWidth(3 * k).fillAndStroke(LIGHT, ACCENT);
    doc.circle(m + pad + badge / 2, top + pad + badge / 2, badge / 2).fill(ACCENT);
    doc.font('bold').fontSize(24 * k).fillColor('white').text(s.number, m + pad, top + pad + badge / 2 - 14 * k, { width: badge, align: 'center', lineBreak: false });
    doc.font('bold').fontSize(size * 1.05).fillColor(ACCENT).text(s.unit, textLeft, top + pad, { width: textWidth });
    doc.font('regular').fontSize(size).fillColor('black').text(s.action, textLeft, doc.y + 6 * k, { width: textWidth, lineGap: 3 * k });
    doc.font('regular').fontSize(size * 0.85).fillColor(GREY).text(s.meta, textLeft, doc.y + 8 * k, { width: textWidth, lineGap: 2 * k });
    top += h;
    if (i < steps.length - 1 && top + arrow + stepHeight(steps[i + 1]!, size) <= bottom) {
      const cx = W / 2;
      doc.moveTo(cx, top + 4 * k).lineTo(cx, top + arrow - 10 * k).lineWidth(4 * k).strokeColor(ACCENT).stroke();
      doc.polygon([cx - 10 * k, top + arrow - 12 * k], [cx + 10 * k, top + arrow - 12 * k], [cx, top + arrow - 2 * k]).fill(ACCENT);
      top += arrow;
    } else if (i < steps.length - 1) {
      // The next box starts a new sheet: say so at the foot of this one, not with a cut arrow.
      doc.font('bold').fontSize(size * 0.8).fillColor(ACCENT).text(`Berlanjut ke langkah ${i + 2} di lembar berikutnya`, m, top + 8 * k, { width: inner, align: 'right' });
      top = bottom + 1;
    }
  });
  if (steps.length === 0) doc.font('regular').fontSize(20 * k).fillColor('black').text('Alur pelayanan belum diisi.', m, top, { width: inner, align: 'center' });
  if (note) {
    const h = noteHeight(size);
    if (top + 10 * k + h > bottom) {
      doc.addPage();
      top = header();
    }
    doc.font('regular').fontSize(size * 0.8).fillColor('black').text(note, m + pad, top + 10 * k + pad, { width: inner - 2 * pad, lineGap: 3 * k });
  }
  footers(doc, c, k, options.timeZone);
  doc.end();
  return done;
}
