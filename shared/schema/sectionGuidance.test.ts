import { describe, expect, it } from 'vitest';
import { sectionGuidance } from './sectionGuidance';
import { SECTION_CODES } from './sections';

describe('section guidance', () => {
  it('tells the room what to write in the five new sections, the legal basis and both sides\' rights and obligations', () => {
    const guided = SECTION_CODES.filter((code) => sectionGuidance(code));
    expect(guided).toEqual(expect.arrayContaining(['RUANG_LINGKUP', 'TEMPAT_WAKTU', 'PEMANTAUAN', 'PERUBAHAN_SENGKETA', 'MASA_BERLAKU', 'DASAR_HUKUM',
      'HAK_PENGGUNA', 'KEWAJIBAN_PENGGUNA', 'HAK_PENYELENGGARA', 'KEWAJIBAN_PENYELENGGARA']));
    for (const code of guided) {
      const g = sectionGuidance(code)!;
      expect(g.id.length, code).toBeGreaterThan(40);
      expect(g.en?.length, code).toBeGreaterThan(40);
    }
    expect(sectionGuidance('RUANG_LINGKUP')?.id).toMatch(/kelompok pengguna/);
    expect(sectionGuidance('constructor' as never)).toBeUndefined();
  });
});
