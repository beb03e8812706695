/**
 * Realistic complaint exports made at test time (never committed): what SP4N-LAPOR! or a city
 * channel such as UPIK hands a district office, with the complainant's name and phone number in
 * it (which the import must drop), Indonesian dates, and a category column.
 */
import ExcelJS from 'exceljs';
import { seededRandom } from './random';

export const EXPORT_HEADERS = ['No. Tiket', 'Tanggal Laporan', 'Nama Pelapor', 'No. HP', 'Kanal', 'Kategori', 'Isi Laporan', 'Kelompok Pengguna'] as const;

const CHANNELS = ['SP4N-LAPOR!', 'UPIK', 'Kotak saran', 'WhatsApp Puskesmas'];
const GROUPS = ['Lansia', 'Ibu hamil', 'Penyandang disabilitas', 'Pekerja', 'Pelajar'];
const TOPICS: [string, string[]][] = [
  ['Antrean', ['Antrean pendaftaran lebih dari dua jam', 'Nomor antrean habis sebelum jam 8 pagi', 'Tidak ada kursi di ruang tunggu antrean']],
  ['Biaya', ['Diminta membayar biaya administrasi padahal peserta BPJS', 'Tarif obat tidak diumumkan', 'Ada pungutan untuk surat rujukan']],
  ['Sikap petugas', ['Petugas loket berbicara kasar', 'Petugas tidak menjelaskan prosedur', 'Petugas bermain ponsel saat melayani']],
  ['Obat', ['Obat yang diresepkan kosong', 'Harus membeli obat di apotek luar', 'Obat anak tidak tersedia']],
  ['Sarana', ['Toilet umum kotor dan tidak ada air', 'Tidak ada jalur kursi roda', 'Parkir sempit dan tidak teratur']],
];
const NAMES = ['Siti Aminah', 'Budi Santoso', 'Rina Marlina', 'Agus Salim', 'Dewi Lestari', 'Hendra Gunawan'];

export interface ExportRow {
  ticket: string;
  date: string;
  name: string;
  phone: string;
  channel: string;
  category: string;
  text: string;
  group: string;
}

/** `count` distinct complaints between January and June 2025, dates written DD/MM/YYYY. */
export function complaintRows(count: number, seed = 17): ExportRow[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    // Skewed: the first topics get most complaints, so a chart has a clear order.
    const [category, texts] = TOPICS[Math.min(TOPICS.length - 1, Math.floor(rnd() * rnd() * TOPICS.length))]!;
    const month = 1 + Math.floor(rnd() * 6);
    const day = 1 + Math.floor(rnd() * 28);
    return {
      ticket: `LPR-${String(100000 + i)}`,
      date: `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2025`,
      name: pick(NAMES),
      phone: `08${String(1000000000 + Math.floor(rnd() * 8999999999))}`,
      channel: pick(CHANNELS),
      category,
      // The ticket makes every text distinct; a complainant often writes their number in it.
      text: `${pick(texts)} (laporan ${i + 1}${i % 25 === 0 ? ', hubungi saya di 0812-3456-7890' : ''}).`,
      group: pick(GROUPS),
    };
  });
}

const csvCell = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function exportCsv(rows: readonly ExportRow[], delimiter = ','): string {
  const lines = [EXPORT_HEADERS.join(delimiter)];
  for (const r of rows) lines.push([r.ticket, r.date, r.name, r.phone, r.channel, r.category, r.text, r.group].map(csvCell).join(delimiter));
  return `${lines.join('\r\n')}\r\n`;
}

/** The export as Excel on Windows saves "CSV (Comma delimited)": Windows-1252, `;` in an Indonesian locale. */
export function exportCsvWindows1252(rows: readonly ExportRow[]): Buffer {
  const text = exportCsv(rows, ';');
  const bytes: number[] = [];
  const cp1252: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u2019': 0x92, '\u2013': 0x96, '\u20ac': 0x80 };
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x100) bytes.push(code);
    else if (cp1252[ch] !== undefined) bytes.push(cp1252[ch]);
    else throw new Error(`not in Windows-1252: ${ch}`);
  }
  return Buffer.from(bytes);
}

export async function exportXlsx(rows: readonly ExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Laporan');
  sheet.addRow([...EXPORT_HEADERS]);
  for (const r of rows) {
    const [d, m, y] = r.date.split('/').map(Number) as [number, number, number];
    sheet.addRow([r.ticket, new Date(Date.UTC(y, m - 1, d)), r.name, r.phone, r.channel, r.category, r.text, r.group]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
