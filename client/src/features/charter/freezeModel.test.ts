import { describe, expect, it } from 'vitest';
import type { PublicWorkshopState } from '../../../../shared/state/projection';
import { freezeGapsOf, notApplicableCandidates } from './freezeModel';

describe('freeze checklist', () => {
  it('an empty workshop lacks every required section and all three signatories', () => {
    const state = { clauses: {}, notApplicable: {}, signatories: [], participants: {} } as unknown as PublicWorkshopState;
    const gaps = freezeGapsOf(state);
    expect(gaps.filter((g) => g.code === 'section_not_agreed').length).toBeGreaterThan(10);
    expect(gaps.filter((g) => g.code !== 'section_not_agreed').map((g) => g.code)).toEqual([
      'signatory_missing',
      'signatory_missing',
      'witness_outside_government_missing',
    ]);
  });

  it('names the partner of an agreed clause who has not signed as a third party, by its card', () => {
    const version = { id: 'v1', obligatedParty: 'partner', partnerId: 'rsia' };
    const state = {
      clauses: { a: { id: 'a', number: 4, sectionCode: 'WAKTU', status: 'agreed', currentVersionId: 'v1', versions: { v1: version } } },
      stakeholders: { rsia: { id: 'rsia', name: 'RSIA Sehat Bunda' } },
      notApplicable: {},
      signatories: [],
      participants: {},
    } as unknown as PublicWorkshopState;
    expect(freezeGapsOf(state).find((g) => g.code === 'partner_not_signatory')).toEqual({
      code: 'partner_not_signatory',
      params: { partnerId: 'rsia', partnerName: 'RSIA Sehat Bunda', clauses: 'K4' },
    });
  });

  it('a revoked signatory does not count', () => {
    const state = {
      clauses: {},
      notApplicable: {},
      signatories: [{ participantId: 'w', capacity: 'saksi', sector: 'civil_society' }],
      participants: { w: { id: 'w', revoked: true } },
    } as unknown as PublicWorkshopState;
    expect(freezeGapsOf(state).some((g) => g.code === 'witness_outside_government_missing')).toBe(true);
  });

  it('offers required sections without an agreed clause, and every marked section, for "not applicable"', () => {
    const state = {
      clauses: { a: { sectionCode: 'WAKTU', status: 'agreed' }, b: { sectionCode: 'BIAYA', status: 'proposed' } },
      notApplicable: { SARANA: { reason: { id: 'x' } } },
    } as unknown as PublicWorkshopState;
    const offered = notApplicableCandidates(state);
    expect(offered.some((c) => c.code === 'WAKTU')).toBe(false);
    expect(offered).toContainEqual({ code: 'BIAYA', marked: false });
    expect(offered).toContainEqual({ code: 'SARANA', marked: true });
  });

  it('never offers a protected section, but DASAR_HUKUM, and still shows an old mark on a protected one so it can be undone', () => {
    const state = { clauses: {}, notApplicable: { MAKLUMAT: { reason: { id: 'x' } } } } as unknown as PublicWorkshopState;
    const offered = notApplicableCandidates(state).map((c) => c.code);
    for (const code of ['HAK_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'SANKSI_KOMPENSASI', 'PENGADUAN']) expect(offered).not.toContain(code);
    expect(offered).toContain('DASAR_HUKUM');
    expect(notApplicableCandidates(state)).toContainEqual({ code: 'MAKLUMAT', marked: true });
  });
});

