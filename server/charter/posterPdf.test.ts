import { describe, expect, it } from 'vitest';
import { jabatanText, localDateInWords, placeOfOffice } from './posterPdf';

describe('the signature lines of the Maklumat poster', () => {
  it('joins the title and the office without repeating the word they share', () => {
    expect(jabatanText('Kepala Dinas', 'Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta')).toBe('Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta');
    expect(jabatanText('Kepala Puskesmas', 'Puskesmas Kecamatan Sukamaju')).toBe('Kepala Puskesmas Kecamatan Sukamaju');
    expect(jabatanText('Direktur', 'RSUD Kota Bandung')).toBe('Direktur RSUD Kota Bandung');
    expect(jabatanText('Kepala Dinas Kesehatan', 'Dinas Kesehatan Kabupaten Sleman')).toBe('Kepala Dinas Kesehatan Kabupaten Sleman');
    expect(jabatanText('', 'Puskesmas Sukamaju')).toBe('Puskesmas Sukamaju');
  });

  it('takes the place from the office (kota, kabupaten) and gives none when it cannot', () => {
    expect(placeOfOffice('Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta')).toBe('Yogyakarta');
    expect(placeOfOffice('Dinas Kesehatan Kabupaten Sleman')).toBe('Sleman');
    expect(placeOfOffice('Puskesmas Sukamaju')).toBeNull();
    expect(placeOfOffice(null)).toBeNull();
  });

  it('writes the date in words in the workshop time zone', () => {
    expect(localDateInWords('2026-12-03T17:30:00.000Z', 'WIB')).toBe('4 Desember 2026');
    expect(localDateInWords('2026-12-03T16:30:00.000Z', 'WIB')).toBe('3 Desember 2026');
    expect(localDateInWords('2026-12-03T15:30:00.000Z', 'WIT')).toBe('4 Desember 2026');
    expect(localDateInWords('2026-12-03T15:30:00.000Z', null)).toBe('3 Desember 2026');
  });
});
