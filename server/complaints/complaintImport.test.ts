import { describe, expect, it } from 'vitest';
import { complaintRows, exportCsv, exportCsvWindows1252, exportXlsx } from '../../tests/support/complaintFiles';
import { decodeCsvBytes, ImportRefused, isPersonalColumn, parseComplaintDate, previewComplaintImport, suggestMapping } from './complaintImport';

const MAPPING = { date: 'Tanggal Laporan', channel: 'Kanal', text: 'Isi Laporan', userGroup: 'Kelompok Pengguna', category: 'Kategori' };

describe('complaint import preview', () => {
  it('reads a realistic SP4N-LAPOR! export of 300 complaints and suggests the mapping', async () => {
    const preview = await previewComplaintImport(Buffer.from(exportCsv(complaintRows(300)), 'utf8'));
    expect(preview.mapping).toEqual(MAPPING);
    expect(preview.personalColumns).toEqual(['Nama Pelapor', 'No. HP']);
    expect(preview.accepted).toHaveLength(300);
    expect(preview.refused).toEqual([]);
    expect(preview.encoding).toBe('utf-8');
    // Nothing of the complainant stays: no name, no phone number typed into the text.
    const stored = JSON.stringify(preview.accepted);
    expect(stored).not.toMatch(/Siti Aminah|0812-3456-7890/);
    expect(stored).toContain('[nomor]');
    expect(preview.accepted[0]).toMatchObject({ row: 2, date: expect.stringMatching(/^2025-0[1-6]-\d\d$/) });
  });

  it('decodes a Windows-1252 export explicitly and says so', async () => {
    const rows = complaintRows(20);
    rows[0]!.text = 'Petugas bilang “sistem rusak” – saya pulang, café tutup';
    const bytes = exportCsvWindows1252(rows);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const preview = await previewComplaintImport(bytes, { mapping: MAPPING });
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.accepted[0]!.text).toBe('Petugas bilang “sistem rusak” – saya pulang, café tutup');
    expect(preview.accepted).toHaveLength(20);
  });

  it('refuses UTF-16 and binary files with a reason', () => {
    expect(() => decodeCsvBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toThrow(expect.objectContaining({ code: 'utf16_not_supported' }));
    expect(() => decodeCsvBytes(Buffer.from([0x41, 0x00, 0x42]))).toThrow(expect.objectContaining({ code: 'not_text' }));
  });

  it('says for every refused row its number and why', async () => {
    const rows = complaintRows(6);
    const lines = exportCsv(rows).trimEnd().split('\r\n');
    lines[2] = lines[2]!.replace(rows[1]!.date, '31/02/2025'); // row 3: no such day
    lines[3] = lines[3]!.replace(rows[2]!.date, ''); // row 4: no date
    lines[4] = lines[4]!.replace(rows[3]!.text, ''); // row 5: empty text
    lines[5] = 'LPR-1,01/03/2025,Ani'; // row 6: too few columns
    lines.push(lines[1]!); // row 8: the same complaint as row 2
    const preview = await previewComplaintImport(Buffer.from(`${lines.join('\r\n')}\r\n`), { mapping: MAPPING });
    expect(preview.refused).toEqual([
      { row: 3, reason: 'date_invalid', params: { value: '31/02/2025' } },
      { row: 4, reason: 'date_missing' },
      { row: 5, reason: 'text_empty' },
      { row: 6, reason: 'column_missing', params: { column: 'Kanal' } },
      { row: 8, reason: 'duplicate', params: { of: 2 } },
    ]);
    expect(preview.accepted.map((r) => r.row)).toEqual([2, 7]);
  });

  it('refuses a mapping to a column the file lacks, or to a personal column', async () => {
    const bytes = Buffer.from(exportCsv(complaintRows(3)));
    await expect(previewComplaintImport(bytes, { mapping: { ...MAPPING, text: 'Uraian' } })).rejects.toMatchObject({ code: 'mapping_column_missing', params: { column: 'Uraian' } });
    await expect(previewComplaintImport(bytes, { mapping: { ...MAPPING, userGroup: 'Nama Pelapor' } })).rejects.toBeInstanceOf(ImportRefused);
  });

  it('remembers the mapping when the next file has its columns', () => {
    const remembered = { date: 'Tgl', text: 'Keluhan warga' };
    expect(suggestMapping(['Tgl', 'Keluhan warga', 'X'], remembered)).toBe(remembered);
    expect(suggestMapping(['Tanggal', 'Isi'], remembered)).toEqual({ date: 'Tanggal', text: 'Isi' });
  });

  it('reads an .xlsx export with real dates, and refuses a malformed one', async () => {
    const preview = await previewComplaintImport(await exportXlsx(complaintRows(250)));
    expect(preview.format).toBe('xlsx');
    expect(preview.accepted).toHaveLength(250);
    expect(preview.accepted[0]!.date).toBe(complaintRows(1)[0]!.date.split('/').reverse().join('-'));
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await expect(previewComplaintImport(broken)).rejects.toMatchObject({ code: 'xlsx_unreadable' });
  });

  it('reads the date forms exports use', () => {
    expect(parseComplaintDate('2025-03-04 08:15:00')).toBe('2025-03-04');
    expect(parseComplaintDate('04/03/2025')).toBe('2025-03-04');
    expect(parseComplaintDate('4-3-2025')).toBe('2025-03-04');
    expect(parseComplaintDate('4 Maret 2025')).toBe('2025-03-04');
    expect(parseComplaintDate(45720)).toBe('2025-03-04');
    expect(parseComplaintDate('29/02/2025')).toBeNull();
    expect(parseComplaintDate('kemarin')).toBeNull();
  });

  it('knows personal columns', () => {
    for (const h of ['Nama Pelapor', 'Nama', 'No. HP', 'Email', 'Alamat', 'NIK', 'Kontak']) expect(isPersonalColumn(h), h).toBe(true);
    for (const h of ['Tanggal', 'Kanal', 'Isi Laporan', 'Kategori', 'Kelompok Pengguna', 'Waktu']) expect(isPersonalColumn(h), h).toBe(false);
  });
});
