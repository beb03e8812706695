import { describe, expect, it } from 'vitest';
import { commandSchema } from '../commands/commandSchema';
import { sectionByCode } from './sections';
import { isStatutorySection, STATUTORY_ARTICLES, statutoryDrafts } from './statutoryTexts';

describe('statutory starting texts (UU 25/2009 Pasal 14, 15, 18, 19)', () => {
  it('maps each article to its rights or obligations section', () => {
    expect(STATUTORY_ARTICLES.map((a) => [a.article, a.sectionCode])).toEqual([
      ['UU 25/2009 Pasal 18', 'HAK_PENGGUNA'],
      ['UU 25/2009 Pasal 19', 'KEWAJIBAN_PENGGUNA'],
      ['UU 25/2009 Pasal 14', 'HAK_PENYELENGGARA'],
      ['UU 25/2009 Pasal 15', 'KEWAJIBAN_PENYELENGGARA'],
    ]);
    for (const a of STATUTORY_ARTICLES) expect(sectionByCode(a.sectionCode).family).toBe('contract');
    expect(isStatutorySection('HAK_PENGGUNA')).toBe(true);
    expect(isStatutorySection('WAKTU')).toBe(false);
  });

  it('keeps the letters of the Act in order: Pasal 18 a-i, 19 a-c, 14 a-e, 15 a-i', () => {
    const letters = Object.fromEntries(STATUTORY_ARTICLES.map((a) => [a.article, a.letters.map((l) => l.letter).join('')]));
    expect(letters).toEqual({
      'UU 25/2009 Pasal 18': 'abcdefghi',
      'UU 25/2009 Pasal 19': 'abc',
      'UU 25/2009 Pasal 14': 'abcde',
      'UU 25/2009 Pasal 15': 'abcdefghi',
    });
    const pasal18 = STATUTORY_ARTICLES[0]!;
    expect(pasal18.letters[2]!.text.id).toBe('mendapat tanggapan terhadap pengaduan yang diajukan;');
    expect(pasal18.letters[6]!.text.id).toContain('kepada penyelenggara dan ombudsman');
  });

  it('drafts one clause per letter with the letter as its legal basis, Indonesian first', () => {
    const drafts = statutoryDrafts('HAK_PENGGUNA');
    expect(drafts).toHaveLength(9);
    expect(drafts[0]).toEqual({
      sectionCode: 'HAK_PENGGUNA',
      text: { id: 'Masyarakat berhak mengetahui kebenaran isi standar pelayanan.', en: 'The public has the right to know the true content of the service standard.' },
      legalBasis: 'UU 25/2009 Pasal 18 huruf a',
      obligatedParty: 'provider',
    });
    expect(drafts.at(-1)!.text.id).toBe('Masyarakat berhak mendapat pelayanan yang berkualitas sesuai dengan asas dan tujuan pelayanan.');
    expect(statutoryDrafts('KEWAJIBAN_PENGGUNA').map((d) => [d.legalBasis, d.obligatedParty])[2]).toEqual(['UU 25/2009 Pasal 19 huruf c', 'user']);
    expect(statutoryDrafts('KEWAJIBAN_PENYELENGGARA')[1]!.text.id).toBe('Penyelenggara berkewajiban menyusun, menetapkan, dan memublikasikan maklumat pelayanan.');
    expect(statutoryDrafts('WAKTU')).toEqual([]);
  });

  it('every draft is a valid proposeClause command', () => {
    for (const article of STATUTORY_ARTICLES) {
      for (const [i, d] of statutoryDrafts(article.sectionCode).entries()) {
        const parsed = commandSchema.safeParse({ type: 'proposeClause', clauseId: `c${i}`, versionId: `v${i}`, sectionCode: d.sectionCode, text: d.text, rationale: 'Teks undang-undang', obligatedParty: d.obligatedParty, legalBasis: d.legalBasis });
        expect(parsed.success, `${d.legalBasis}`).toBe(true);
        expect(d.text.id).toMatch(/^[A-Z].*[a-z)]\.$/);
        expect(d.text.en).toMatch(/^The .*\.$/);
      }
    }
  });
});
