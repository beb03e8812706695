/**
 * Reading a complaint system's export (SP4N-LAPOR!, a city channel such as UPIK) into
 * complaints the workshop keeps (issue 17). Pure apart from the libraries: bytes in, a preview
 * out (rows accepted, rows refused each with its row number and why); nothing is stored here.
 *
 * Libraries: papaparse 5.7.1 for CSV (quoted fields with line breaks, `;` or `,` as Excel writes
 * them in an Indonesian or English locale, delimiter detection), exceljs 4.4.0 for .xlsx (reads
 * dates as dates, formulas as their results, no native code). Both are widely used and kept.
 *
 * Encoding: a CSV that is valid UTF-8 (with or without a BOM) is read as UTF-8. One that is not
 * is decoded as Windows-1252, explicitly: that is what Excel on Windows writes for "CSV (Comma
 * delimited)", and every byte sequence has a meaning in it; the preview says so, so the
 * facilitator sees which was used before committing. UTF-16 ("Unicode Text") and binary files
 * are refused with a message that says how to save the file again.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ComplaintField, ComplaintMapping } from '../../shared/schema/complaints';
import { cleanComplaintText, complaintKey, isCalendarDate, MAX_COMPLAINT_TEXT, MAX_COMPLAINTS_PER_IMPORT } from '../../shared/schema/complaints';

/** Bytes the import route reads at most; a larger body is refused before it is read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportFormat = 'csv' | 'xlsx';
export type ImportEncoding = 'utf-8' | 'windows-1252';

/** A whole file refused: nothing of it can be imported. */
export class ImportRefused extends Error {
  constructor(
    readonly code: 'utf16_not_supported' | 'not_text' | 'xlsx_unreadable' | 'no_rows' | 'too_many_rows' | 'mapping_column_missing' | 'mapping_personal_column' | 'mapping_required',
    message: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type RowRefusalReason =
  | 'column_missing'
  | 'date_missing'
  | 'date_invalid'
  | 'text_empty'
  | 'text_too_long'
  | 'channel_missing'
  | 'duplicate'
  | 'already_recorded';

export interface RefusedRow {
  row: number;
  reason: RowRefusalReason;
  /** The column concerned, the earlier duplicate's row, or the unreadable value. */
  params?: { column?: string; of?: number; value?: string };
}

export interface AcceptedRow {
  row: number;
  date: string;
  channel: string;
  text: string;
  userGroup?: string;
  category?: string;
}

export interface ImportPreview {
  format: ImportFormat;
  encoding?: ImportEncoding;
  headers: string[];
  /** Columns never stored because they hold complainants' names or contact details. */
  personalColumns: string[];
  /** The mapping used (or suggested, when none was given). */
  mapping: ComplaintMapping;
  rows: number;
  accepted: AcceptedRow[];
  refused: RefusedRow[];
}

type Cell = string | number | Date | null;
interface Table {
  format: ImportFormat;
  encoding?: ImportEncoding;
  headers: string[];
  /** Data rows with their row number in the file (the header is row 1). */
  rows: { row: number; cells: Cell[] }[];
}

/** Header names that hold a complainant's name or contact; such columns are dropped. */
const PERSONAL_HEADER =
  /(^|\b)(nama(\s+(lengkap|pelapor|pengadu|warga))?|name|full\s*name|pelapor|pengadu|complainant|e-?mail|surel|telepon|telp|phone|no\.?\s*hp|handphone|ponsel|whats\s*app|wa|alamat|address|nik|no\.?\s*ktp|ktp|kontak|contact|identitas)(\b|$)/i;

export const isPersonalColumn = (header: string): boolean => PERSONAL_HEADER.test(header.trim());

export function sniffFormat(bytes: Buffer): ImportFormat {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

export function decodeCsvBytes(bytes: Buffer): { text: string; encoding: ImportEncoding } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportRefused('utf16_not_supported', 'the file is UTF-16 ("Unicode Text"); save it as "CSV UTF-8" or as .xlsx');
  }
  if (bytes.subarray(0, 64 * 1024).includes(0)) throw new ImportRefused('not_text', 'the file is not a CSV text file (it holds NUL bytes)');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 by its own table: Node's `TextDecoder('windows-1252')` reads 0x80-0x9F as
 * Latin-1 control characters, which would turn Excel's curly quotes and dashes into nothing.
 * The five bytes the code page leaves undefined read as U+FFFD.
 */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

function csvTable(bytes: Buffer): Table {
  const { text: decoded, encoding } = decodeCsvBytes(bytes);
  // Empty lines are kept until the rows are numbered, so row numbers stay those of the file.
  const parsed = Papa.parse<string[]>(decoded, { header: false, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new ImportRefused('no_rows', 'the file has no header row');
  const rows = records
    .slice(headerIndex + 1)
    .map((cells, i) => ({ row: headerIndex + i + 2, cells: cells as Cell[] }))
    .filter((r) => r.cells.some((c) => text(c) !== ''));
  return { format: 'csv', encoding, headers: records[headerIndex]!.map((h) => h.trim()), rows };
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return null;
}

async function xlsxTable(bytes: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new ImportRefused('xlsx_unreadable', `the spreadsheet cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ImportRefused('no_rows', 'the spreadsheet has no rows');
  const all: { row: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    // exceljs puts column A at index 1.
    all.push({ row: rowNumber, cells: values.slice(1).map(cellValue) });
  });
  const [header, ...rows] = all;
  if (!header) throw new ImportRefused('no_rows', 'the spreadsheet has no header row');
  return { format: 'xlsx', headers: header.cells.map((c) => (c === null ? '' : String(c).trim())), rows };
}

export async function readTable(bytes: Buffer): Promise<Table> {
  return sniffFormat(bytes) === 'xlsx' ? xlsxTable(bytes) : csvTable(bytes);
}

const GUESSES: [ComplaintField, RegExp][] = [
  ['category', /kategori|category|tema|topik|theme|klasifikasi/i],
  ['date', /tanggal|tgl|date|waktu/i],
  ['channel', /kanal|channel|sumber|media/i],
  ['userGroup', /kelompok|pengguna|user\s*group|segmen/i],
  ['text', /isi|uraian|laporan|pengaduan|keluhan|aduan|text|description|deskripsi|complaint/i],
];

/** The remembered mapping when the file has its columns, else a guess from the header names. */
export function suggestMapping(headers: readonly string[], remembered: ComplaintMapping | null): Partial<ComplaintMapping> {
  if (remembered && Object.values(remembered).every((h) => h === undefined || headers.includes(h))) return remembered;
  const out: Partial<Record<ComplaintField, string>> = {};
  for (const header of headers) {
    if (!header || isPersonalColumn(header)) continue;
    const hit = GUESSES.find(([field, re]) => out[field] === undefined && re.test(header));
    if (hit) out[hit[0]] = header;
  }
  return out as Partial<ComplaintMapping>;
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3, apr: 4, april: 4,
  mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agt: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, nopember: 11, november: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

const ymd = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * A complaint's day from a cell: an .xlsx date, an Excel serial number, `2025-03-04` (with or
 * without a time), `04/03/2025` or `4-3-2025` (day first, as Indonesian exports write it), or
 * `4 Maret 2025`. Null when it is none of these or not a day of the calendar.
 */
export function parseComplaintDate(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : ymd(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 100_000) return null;
    return parseComplaintDate(new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000));
  }
  if (typeof cell !== 'string') return null;
  const s = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T].*)?$/.exec(s);
  const named = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})(?:[ ,].*)?$/.exec(s);
  const month = named ? MONTHS[named[2]!.toLowerCase()] : undefined;
  let out: string | null = null;
  if (iso) out = ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dmy) out = ymd(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  else if (named && month) out = ymd(Number(named[3]), month, Number(named[1]));
  return out && isCalendarDate(out) ? out : null;
}

const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).trim();

export interface PreviewOptions {
  /** The mapping the facilitator chose; without one, the suggestion is used. */
  mapping?: ComplaintMapping;
  /** The workshop's last mapping, suggested when the file has its columns. */
  remembered?: ComplaintMapping | null;
  /** The channel of every row when the file has no channel column (e.g. "SP4N-LAPOR!"). */
  defaultChannel?: string;
  /** Keys (`complaintKey`) of complaints the workshop already holds. */
  existingKeys?: ReadonlySet<string>;
}

/** Reads the file and judges every row; throws `ImportRefused` when the whole file is refused. */
export async function previewComplaintImport(bytes: Buffer, options: PreviewOptions = {}): Promise<ImportPreview> {
  const table = await readTable(bytes);
  if (table.rows.length > MAX_COMPLAINTS_PER_IMPORT) {
    throw new ImportRefused('too_many_rows', `the file has ${table.rows.length} rows; at most ${MAX_COMPLAINTS_PER_IMPORT} are imported at once`, { rows: table.rows.length, max: MAX_COMPLAINTS_PER_IMPORT });
  }
  const personalColumns = table.headers.filter((h) => h && isPersonalColumn(h));
  const suggested = suggestMapping(table.headers, options.remembered ?? null);
  const mapping = (options.mapping ?? suggested) as ComplaintMapping;
  if (!options.mapping && (!suggested.date || !suggested.text)) {
    return { format: table.format, ...(table.encoding ? { encoding: table.encoding } : {}), headers: table.headers, personalColumns, mapping, rows: table.rows.length, accepted: [], refused: [] };
  }
  const index: Partial<Record<ComplaintField, number>> = {};
  for (const [field, header] of Object.entries(mapping) as [ComplaintField, string | undefined][]) {
    if (header === undefined) continue;
    const at = table.headers.indexOf(header);
    if (at < 0) throw new ImportRefused('mapping_column_missing', `the file has no column "${header}"`, { column: header, field });
    if (isPersonalColumn(header)) throw new ImportRefused('mapping_personal_column', `"${header}" holds personal data and is never imported`, { column: header, field });
    index[field] = at;
  }
  const accepted: AcceptedRow[] = [];
  const refused: RefusedRow[] = [];
  const seen = new Map<string, number>();
  const defaultChannel = options.defaultChannel?.trim();
  for (const { row, cells } of table.rows) {
    if (cells.every((c) => text(c) === '')) continue;
    const refuse = (reason: RowRefusalReason, params?: RefusedRow['params']) => refused.push({ row, reason, ...(params ? { params } : {}) });
    const missing = (Object.entries(index) as [ComplaintField, number][]).find(([field, at]) => at >= cells.length && field !== 'category' && field !== 'userGroup');
    if (missing) {
      refuse('column_missing', { column: table.headers[missing[1]]! });
      continue;
    }
    const dateCell = cells[index.date!] ?? null;
    if (text(dateCell) === '') {
      refuse('date_missing');
      continue;
    }
    const date = parseComplaintDate(dateCell);
    if (!date) {
      refuse('date_invalid', { value: text(dateCell).slice(0, 40) });
      continue;
    }
    const body = cleanComplaintText(text(cells[index.text!]));
    if (body === '') {
      refuse('text_empty');
      continue;
    }
    if (body.length > MAX_COMPLAINT_TEXT) {
      refuse('text_too_long');
      continue;
    }
    const channel = (index.channel === undefined ? '' : text(cells[index.channel])) || defaultChannel || '';
    if (channel === '') {
      refuse('channel_missing');
      continue;
    }
    const userGroup = index.userGroup === undefined ? '' : text(cells[index.userGroup]);
    const category = index.category === undefined ? '' : text(cells[index.category]);
    const complaint: AcceptedRow = { row, date, channel: channel.slice(0, 80), text: body, ...(userGroup ? { userGroup: userGroup.slice(0, 100) } : {}), ...(category ? { category: category.slice(0, 100) } : {}) };
    const key = complaintKey(complaint);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      refuse('duplicate', { of: earlier });
      continue;
    }
    if (options.existingKeys?.has(key)) {
      refuse('already_recorded');
      continue;
    }
    seen.set(key, row);
    accepted.push(complaint);
  }
  return { format: table.format, ...(table.encoding ? { encoding: table.encoding } : {}), headers: table.headers, personalColumns, mapping, rows: table.rows.length, accepted, refused };
}
