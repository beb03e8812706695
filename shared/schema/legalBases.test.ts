import { describe, expect, it } from 'vitest';
import type { Clause, ClauseStatus } from './clauses';
import { gatherLegalBases, LEGAL_BASIS_KINDS, legalBasisDraft, legalBasisKind, STATUTORY_LEGAL_BASES } from './legalBases';

function clause(id: string, legalBasis: string | undefined, status: ClauseStatus = 'proposed'): Clause {
  return {
    id,
    number: 1,
    sectionCode: 'WAKTU',
    status,
    currentVersionId: `${id}v1`,
    versions: { [`${id}v1`]: { id: `${id}v1`, parentVersionId: null, text: { id: 'teks' }, rationale: 'r', obligatedParty: 'provider', ...(legalBasis ? { legalBasis } : {}), proposedBy: 'p', proposerSector: null, createdAt: '2026-11-01T08:00:00.000Z' } },
  } as unknown as Clause;
}

describe('legal bases for the DASAR_HUKUM draft', () => {
  it('knows the kinds of regulation, short and long spelling', () => {
    const kinds = ['UU 24/2013', 'Undang-Undang Nomor 25 Tahun 2009', 'Perppu 1/2020', 'PP 96/2012', 'Perpres 96/2018', 'Permendagri 109/2019', 'PermenPANRB 15/2014',
      'Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019', 'Perda Kabupaten Sleman 5/2020', 'Pergub DIY 1/2021', 'Perbup Sleman 12/2022', 'Peraturan Wali Kota Yogyakarta Nomor 3 Tahun 2021', 'SK Kepala Dinas 4/2024'].map(legalBasisKind);
    expect(kinds).toEqual(['uu', 'uu', 'uu', 'pp', 'perpres', 'permen', 'permen', 'permen', 'perda', 'pergub', 'perbup_perwal', 'perbup_perwal', 'other']);
    expect(LEGAL_BASIS_KINDS.slice(0, 5)).toEqual(['uu', 'pp', 'perpres', 'permen', 'perda']);
  });

  it('lists each instrument once, in the hierarchy order, with the articles its clauses cite', () => {
    const bases = gatherLegalBases([
      'Perbup Sleman 12/2022',
      'Permendagri 109/2019',
      'UU 25/2009 Pasal 18 huruf a',
      'Keputusan Kepala Dinas tentang jam layanan',
      'UU 24/2013 Pasal 79A',
      'UU 25/2009 Pasal 18 huruf b',
      'Perda Kabupaten Sleman 5/2020',
      'UU 25/2009 Pasal 15 huruf b',
      'PP 96/2012',
      'Perpres 96/2018 Pasal 2',
      'UU 25/2009 tentang Pelayanan Publik',
      'Undang-Undang Nomor 24 Tahun 2013 Pasal 95B',
      'Keputusan Kepala Dinas tentang jam layanan',
    ]);
    expect(bases).toEqual([
      'UU 25/2009 tentang Pelayanan Publik (Pasal 15, 18)',
      'UU 24/2013 (Pasal 79A, 95B)',
      'PP 96/2012',
      'Perpres 96/2018 (Pasal 2)',
      'Permendagri 109/2019',
      'Perda Kabupaten Sleman 5/2020',
      'Perbup Sleman 12/2022',
      'Keputusan Kepala Dinas tentang jam layanan',
    ]);
  });

  it('drafts one numbered DASAR_HUKUM text from the statutory bases and the clauses, skipping rejected clauses', () => {
    const draft = legalBasisDraft([clause('a', 'UU 24/2013 Pasal 79A'), clause('b', undefined), clause('c', 'Perbup Sleman 12/2022', 'rejected'), clause('d', 'UU 25/2009 Pasal 18 huruf c')]);
    expect(draft?.bases).toEqual([
      'UU 25/2009 tentang Pelayanan Publik (Pasal 18)',
      'UU 24/2013 (Pasal 79A)',
      'PP 96/2012 tentang Pelaksanaan UU 25/2009 tentang Pelayanan Publik',
      'PermenPANRB 15/2014 tentang Pedoman Standar Pelayanan',
    ]);
    expect(draft?.text.id.split('\n')).toEqual([
      'Kontrak pelayanan ini disusun dan dilaksanakan berdasarkan:',
      '1. UU 25/2009 tentang Pelayanan Publik (Pasal 18)',
      '2. UU 24/2013 (Pasal 79A)',
      '3. PP 96/2012 tentang Pelaksanaan UU 25/2009 tentang Pelayanan Publik',
      '4. PermenPANRB 15/2014 tentang Pedoman Standar Pelayanan',
    ]);
    expect(draft?.text.en).toMatch(/^This service agreement/);
    expect(legalBasisDraft([])?.bases).toHaveLength(STATUTORY_LEGAL_BASES.length);
  });
});
