/**
 * The workshop's paper record as PDFs on A4, in Bahasa Indonesia: the Berita Acara
 * Kesepakatan, the daftar hadir (signed by hand) and the notulen. The words come from
 * `meetingRecords.ts`; this file lays them out with pdfkit and DejaVu Sans, like the charter PDF.
 */
import { type Doc, openPdf } from './pdfDocument';
import { placeOfOffice } from './posterPdf';
import type { MeetingRecords, SignatureLine } from './meetingRecords';

const GREY = '#444444';
const MARGIN = 50;

export const MEETING_RECORD_KINDS = ['berita-acara', 'daftar-hadir', 'notulen'] as const;
export type MeetingRecordKind = (typeof MEETING_RECORD_KINDS)[number];


function open(title: string): { doc: Doc; done: Promise<Buffer> } {
  return openPdf({ size: 'A4', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, title });
}

/** "Halaman 1 dari 3" at the foot of every page, then the end of the document. */
function finish(doc: Doc, name: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(7.5).fillColor(GREY).text(`${name} · Halaman ${i + 1} dari ${range.count}`, MARGIN, doc.page.height - 32, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

function title(doc: Doc, main: string, r: MeetingRecords): void {
  doc.font('bold').fontSize(14).fillColor('black').text(main, { align: 'center' });
  doc.font('bold').fontSize(11).text(`Lokakarya Penyusunan Kontrak Pelayanan ${r.serviceName}`, { align: 'center' });
  if (r.institution) doc.font('regular').fontSize(10).text(r.institution, { align: 'center' });
  const y = doc.y + 6;
  doc.moveTo(MARGIN, y).lineTo(doc.page.width - MARGIN, y).lineWidth(1).strokeColor('black').stroke();
  doc.y = y + 10;
  doc.x = MARGIN;
}

function heading(doc: Doc, text: string): void {
  if (doc.y > doc.page.height - 130) doc.addPage();
  doc.moveDown(0.6).font('bold').fontSize(10.5).fillColor('black').text(text, MARGIN, doc.y);
  doc.moveDown(0.2);
}

function paragraph(doc: Doc, text: string): void {
  doc.font('regular').fontSize(10).fillColor('black').text(text, MARGIN, doc.y, { align: 'justify', width: contentWidth(doc) });
}

/** A hanging-indent item: "1." in the margin column, the text beside it. */
function item(doc: Doc, marker: string, text: string, note?: string): void {
  if (doc.y > doc.page.height - 80) doc.addPage();
  const indent = 26;
  const top = doc.y;
  doc.font('regular').fontSize(10).fillColor('black').text(marker, MARGIN, top, { width: indent });
  doc.text(text, MARGIN + indent, top, { width: contentWidth(doc) - indent });
  if (note) doc.font('italic').fontSize(9).fillColor(GREY).text(note, MARGIN + indent, doc.y, { width: contentWidth(doc) - indent }).fillColor('black');
  doc.moveDown(0.25);
  doc.x = MARGIN;
}

/** Label / value rows: "Hari, tanggal : Kamis, 3 Desember 2026". */
function facts(doc: Doc, rows: [string, string][]): void {
  const labelWidth = 110;
  for (const [label, value] of rows) {
    const top = doc.y;
    doc.font('regular').fontSize(10).fillColor('black').text(label, MARGIN, top, { width: labelWidth });
    doc.text(':', MARGIN + labelWidth, top, { width: 10 });
    doc.text(value, MARGIN + labelWidth + 12, top, { width: contentWidth(doc) - labelWidth - 12 });
    doc.moveDown(0.15);
  }
  doc.x = MARGIN;
}

const blank = (s: string | null) => s?.trim() || '..............................................';

/** Signature cells two per row: the role, room for the wet signature, the name under a line. */
function signatureGrid(doc: Doc, lines: SignatureLine[]): void {
  const gap = 30;
  const width = (contentWidth(doc) - gap) / 2;
  for (let i = 0; i < lines.length; i += 2) {
    if (doc.y > doc.page.height - 150) doc.addPage();
    const top = doc.y + 8;
    const row = lines.slice(i, i + 2);
    doc.font('bold').fontSize(9.5);
    // One signing line per row, under the taller role.
    const lineY = top + Math.max(...row.map((s) => doc.heightOfString(s.role, { width, align: 'center' }))) + 52;
    const bottoms = row.map((s, col) => {
      const x = MARGIN + col * (width + gap);
      doc.font('bold').fontSize(9.5).fillColor('black').text(s.role, x, top, { width, align: 'center' });
      doc.moveTo(x + 20, lineY).lineTo(x + width - 20, lineY).lineWidth(0.6).strokeColor('black').stroke();
      doc.font('bold').fontSize(10).text(s.name, x, lineY + 4, { width, align: 'center' });
      if (s.note) doc.font('italic').fontSize(8.5).fillColor(GREY).text(s.note, x, doc.y, { width, align: 'center' }).fillColor('black');
      return doc.y;
    });
    doc.y = Math.max(...bottoms) + 14;
  }
  doc.x = MARGIN;
}

function placeAndDate(doc: Doc, r: MeetingRecords): void {
  if (doc.y > doc.page.height - 200) doc.addPage();
  // "Yogyakarta, 4 Desember 2026": the city of the office and the date, as a letter closes.
  const city = placeOfOffice(r.institution) ?? r.place;
  doc.moveDown(0.8).font('regular').fontSize(10).text(`${blank(city)}, ${r.dateText.replace(/^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), /, '')}`, MARGIN, doc.y, { width: contentWidth(doc), align: 'right' });
  doc.moveDown(0.4);
}

export async function beritaAcaraPdf(r: MeetingRecords): Promise<Buffer> {
  const { doc, done } = open(`Berita Acara Kesepakatan: Kontrak Pelayanan ${r.serviceName}`);
  title(doc, 'BERITA ACARA KESEPAKATAN', r);
  const total = r.attendance.length;
  paragraph(
    doc,
    `Pada hari ini, ${r.dateText}, bertempat di ${blank(r.place)}, telah diselenggarakan ${r.title}. Lokakarya dihadiri oleh ${total} orang dari unsur pemerintah, swasta, dan masyarakat sebagaimana tercantum dalam daftar hadir terlampir, dengan hasil sebagai berikut.`,
  );

  heading(doc, 'A. Susunan acara');
  if (!r.agenda.length) paragraph(doc, 'Belum ada langkah acara yang dimulai.');
  for (const [i, a] of r.agenda.entries()) item(doc, `${i + 1}.`, `${a.title.replace(/^\d+\.\s*/, '')}, dimulai ${a.time}`);

  heading(doc, 'B. Kehadiran');
  for (const [i, s] of r.attendanceBySector.entries()) item(doc, `${i + 1}.`, `${s.sector}: ${s.count} orang`);
  paragraph(doc, `Jumlah yang hadir: ${total} orang.`);

  heading(doc, 'C. Hal yang disepakati');
  if (!r.decided.length) paragraph(doc, 'Belum ada klausul yang disepakati.');
  let n = 0;
  for (const section of r.decided) {
    if (doc.y > doc.page.height - 110) doc.addPage();
    doc.moveDown(0.2).font('bold').fontSize(9.5).text(`Bagian: ${section.name}`, MARGIN, doc.y);
    for (const d of section.decisions) item(doc, `${++n}.`, `${d.label}. ${d.text}`, `Cara memutuskan: ${d.how}.`);
  }

  if (r.notDecided.length) {
    heading(doc, 'D. Hal yang belum disepakati');
    for (const [i, d] of r.notDecided.entries()) item(doc, `${i + 1}.`, `${d.label}. ${d.text}`, `Keadaan: ${d.how}.`);
  }

  heading(doc, `${r.notDecided.length ? 'E' : 'D'}. Bagian yang diputuskan tidak berlaku`);
  if (!r.notApplicable.length) paragraph(doc, 'Tidak ada bagian yang dinyatakan tidak berlaku.');
  for (const [i, s] of r.notApplicable.entries()) item(doc, `${i + 1}.`, `${s.section}: tidak berlaku karena ${s.reason.replace(/\.$/, '')}.`, `Cara memutuskan: ${s.how}.`);

  heading(doc, `${r.notDecided.length ? 'F' : 'E'}. Naskah final`);
  paragraph(doc, r.charterStatus);

  doc.moveDown(0.8);
  paragraph(doc, 'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.');
  placeAndDate(doc, r);
  signatureGrid(doc, r.signatures);
  finish(doc, 'Berita Acara Kesepakatan');
  return done;
}

export async function daftarHadirPdf(r: MeetingRecords): Promise<Buffer> {
  const { doc, done } = open(`Daftar Hadir: Kontrak Pelayanan ${r.serviceName}`);
  title(doc, 'DAFTAR HADIR', r);
  facts(doc, [
    ['Acara', r.title],
    ['Hari, tanggal', r.dateText],
    ['Tempat', blank(r.place)],
  ]);
  doc.moveDown(0.5);
  const cols = [
    { head: 'No.', width: 26 },
    { head: 'Nama', width: 118 },
    { head: 'Instansi/Organisasi', width: 120 },
    { head: 'Sektor', width: 74 },
    { head: 'Jenis kelamin (L/P)', width: 52 },
    { head: 'Tanda tangan', width: 0 },
  ];
  cols[5]!.width = contentWidth(doc) - cols.slice(0, 5).reduce((s, c) => s + c.width, 0);
  const drawRow = (cells: string[], header: boolean): number => {
    doc.font(header ? 'bold' : 'regular').fontSize(header ? 8.5 : 9);
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: cols[i]!.width - 8 }));
    const height = Math.max(header ? 22 : 34, ...heights.map((h) => h + 10));
    if (doc.y + height > doc.page.height - doc.page.margins.bottom - 10) {
      doc.addPage();
      if (!header) drawRow(cols.map((c) => c.head), true);
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      const w = cols[i]!.width;
      if (header) doc.rect(x, top, w, height).fillAndStroke('#e8e8e8', 'black').fillColor('black');
      else doc.rect(x, top, w, height).lineWidth(0.6).strokeColor('black').stroke();
      doc.text(c, x + 4, top + 5, { width: w - 8, align: i === 0 || header ? 'center' : 'left' });
      x += w;
    });
    doc.y = top + height;
    return top;
  };
  drawRow(cols.map((c) => c.head), true);
  r.attendance.forEach((p, i) => {
    const top = drawRow([`${i + 1}`, p.name, p.organisation, p.sector, p.gender, ''], false);
    // The wet-signature cell: the row's number, alternating sides, as a paper list does.
    const sigX = MARGIN + cols.slice(0, 5).reduce((s, c) => s + c.width, 0);
    const after = doc.y;
    doc.font('regular').fontSize(7).fillColor(GREY).text(`${i + 1}.`, sigX + (i % 2 ? cols[5]!.width / 2 : 4), top + 4, { lineBreak: false }).fillColor('black');
    doc.y = after;
  });
  doc.x = MARGIN;
  doc.moveDown(0.6).font('regular').fontSize(10).text(`Jumlah yang hadir: ${r.attendance.length} orang.`, MARGIN, doc.y);
  placeAndDate(doc, r);
  signatureGrid(doc, r.signatures.filter((s) => s.role === 'Fasilitator').slice(0, 1).map((s) => ({ ...s, role: 'Mengetahui, Fasilitator' })));
  finish(doc, 'Daftar Hadir');
  return done;
}

export async function notulenPdf(r: MeetingRecords): Promise<Buffer> {
  const { doc, done } = open(`Notulen: Kontrak Pelayanan ${r.serviceName}`);
  title(doc, 'NOTULEN', r);
  facts(doc, [
    ['Acara', r.title],
    ['Hari, tanggal', r.dateText],
    ['Tempat', blank(r.place)],
    ['Peserta', `${r.attendance.length} orang (lihat daftar hadir)`],
  ]);
  for (const step of r.minutes) {
    heading(doc, step.title);
    if (step.startedAt) doc.font('italic').fontSize(9).fillColor(GREY).text(`Dimulai ${step.startedAt}`, MARGIN, doc.y).fillColor('black').moveDown(0.2);
    for (const h of step.happenings) item(doc, '•', h);
  }
  doc.moveDown(0.4);
  paragraph(doc, r.charterStatus);
  placeAndDate(doc, r);
  signatureGrid(doc, r.signatures.filter((s) => s.role === 'Fasilitator').slice(0, 1).map((s) => ({ ...s, role: 'Notulis, Fasilitator' })));
  finish(doc, 'Notulen');
  return done;
}

export function meetingRecordPdf(kind: MeetingRecordKind, r: MeetingRecords): Promise<Buffer> {
  if (kind === 'berita-acara') return beritaAcaraPdf(r);
  if (kind === 'daftar-hadir') return daftarHadirPdf(r);
  return notulenPdf(r);
}
