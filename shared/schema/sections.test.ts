import { describe, expect, it } from 'vitest';
import { CHARTER_SECTIONS, isProtectedSection, isSectionCode, protectedSectionCodes, requiredSectionCodes, sectionByCode, serviceStandardComponents } from './sections';

describe('charter sections catalogue', () => {
  it('holds the 29 seed sections with unique codes and Indonesian and English names', () => {
    expect(CHARTER_SECTIONS).toHaveLength(29);
    expect(new Set(CHARTER_SECTIONS.map((s) => s.code)).size).toBe(29);
    for (const s of CHARTER_SECTIONS) {
      expect(s.name.id.length).toBeGreaterThan(0);
      expect(s.name.en.length).toBeGreaterThan(0);
    }
  });

  it('covers all five core elements of the founding article', () => {
    const elements = new Set(CHARTER_SECTIONS.flatMap((s) => (s.coreElement ? [s.coreElement] : [])));
    expect([...elements].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('lists the 14 service-standard components in PermenPANRB order, 6 delivery then 8 management', () => {
    const components = serviceStandardComponents('permenpanrb');
    expect(components.map((s) => s.serviceStandard?.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(components.filter((s) => s.serviceStandard?.group === 'delivery').map((s) => s.code)).toEqual([
      'PERSYARATAN',
      'PROSEDUR',
      'WAKTU',
      'BIAYA',
      'PRODUK',
      'PENGADUAN',
    ]);
  });

  it('lists the same components in UU 25/2009 Pasal 21 order a to n, starting with the legal basis', () => {
    const components = serviceStandardComponents('pasal21');
    expect(components.map((s) => s.serviceStandard?.pasal21).join('')).toBe('abcdefghijklmn');
    expect(components[0]?.code).toBe('DASAR_HUKUM');
    expect(components[9]?.code).toBe('PENGADUAN');
  });

  it('requires the core elements, the key delivery components, rights, obligations, sanctions and the pledge', () => {
    expect(requiredSectionCodes().sort()).toEqual(
      [
        'VISI_MISI', 'STD_PERLAKUAN', 'STD_INFORMASI', 'PROSEDUR', 'PENGADUAN', 'SURVEI',
        'DASAR_HUKUM', 'PERSYARATAN', 'WAKTU', 'BIAYA', 'PRODUK',
        'HAK_PENGGUNA', 'KEWAJIBAN_PENGGUNA', 'HAK_PENYELENGGARA', 'KEWAJIBAN_PENYELENGGARA',
        'SANKSI_KOMPENSASI', 'MAKLUMAT',
        'RUANG_LINGKUP', 'TEMPAT_WAKTU', 'PEMANTAUAN', 'PERUBAHAN_SENGKETA', 'MASA_BERLAKU',
      ].sort(),
    );
    expect(sectionByCode('JUMLAH_PELAKSANA').requiredForFreeze).toBe(false);
  });

  it('requires the legal basis, the first component UU 25/2009 Pasal 21 lists', () => {
    expect(sectionByCode('DASAR_HUKUM').requiredForFreeze).toBe(true);
    expect(requiredSectionCodes()).toHaveLength(22);
  });

  it('protects users\' rights, provider obligations, sanctions, complaints and the Maklumat, all of them required', () => {
    expect(protectedSectionCodes().sort()).toEqual(['HAK_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'MAKLUMAT', 'PENGADUAN', 'SANKSI_KOMPENSASI']);
    for (const code of protectedSectionCodes()) expect(sectionByCode(code).requiredForFreeze).toBe(true);
    expect(isProtectedSection('BIAYA')).toBe(false);
    expect(isProtectedSection('DASAR_HUKUM')).toBe(false);
  });

  it('recognises section codes and nothing else', () => {
    expect(isSectionCode('MAKLUMAT')).toBe(true);
    expect(isSectionCode('maklumat')).toBe(false);
    expect(isSectionCode(7)).toBe(false);
  });
});
