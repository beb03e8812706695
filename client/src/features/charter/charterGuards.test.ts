import { describe, expect, it } from 'vitest';
import { publicProjection } from '../../../../shared/state/projection';
import { agreeClause, FACILITATOR, markNotApplicableByRoom, Room } from '../../../../shared/testing/workshopKit';
import { whyNotAskNotApplicable, whyNotEnroll, whyNotMarkNotApplicable } from './charterGuards';

function room() {
  const r = new Room();
  const s1 = r.join('S1', 'government');
  const s9 = r.join('S9', 'civil_society');
  r.goTo('consensus_check');
  return { r, s1, s9, fac: { me: { participantId: FACILITATOR, role: 'facilitator' as const, sector: 'civil_society' as const } } };
}

describe('why a signatory cannot be enrolled', () => {
  it('is allowed for a participant who speaks for a pillar', () => {
    const { r, s1, fac } = room();
    expect(whyNotEnroll(publicProjection(r.state), fac, s1, 'pihak_pertama')).toBeNull();
  });

  it('refuses the same person twice in one capacity, but not in another', () => {
    const { r, s1, fac } = room();
    r.must(FACILITATOR, { type: 'enrollSignatory', participantId: s1, capacity: 'pihak_pertama' });
    const state = publicProjection(r.state);
    expect(whyNotEnroll(state, fac, s1, 'pihak_pertama')).toBe('refusal.signatory_exists');
    expect(whyNotEnroll(state, fac, s1, 'saksi')).toBeNull();
  });

  it('refuses a facilitator and someone without a sector', () => {
    const { r, fac } = room();
    const guest = r.join('Tamu', null);
    const state = publicProjection(r.state);
    expect(whyNotEnroll(state, fac, FACILITATOR, 'saksi')).toBe('refusal.facilitator_cannot_sign');
    expect(whyNotEnroll(state, fac, guest, 'saksi')).toBe('refusal.signatory_needs_sector');
  });
});

describe('why a section cannot be marked not applicable', () => {
  it('is allowed directly for an optional section, and only through the room for a required one', () => {
    const { r, fac } = room();
    const state = publicProjection(r.state);
    expect(whyNotMarkNotApplicable(state, fac, 'SARANA')).toBeNull();
    expect(whyNotMarkNotApplicable(state, fac, 'BIAYA')).toBe('refusal.section_needs_room_consent');
    expect(whyNotAskNotApplicable(state, fac, 'BIAYA')).toBeNull();
  });

  it('refuses a section with an agreed clause, one already marked, and a second open question', () => {
    const { r, s9, fac } = room();
    agreeClause(r, s9, 'WAKTU');
    markNotApplicableByRoom(r, s9, 'BIAYA');
    r.must(FACILITATOR, { type: 'startNotApplicableCheck', checkId: 'q', sectionCode: 'DASAR_HUKUM', reason: { id: 'SK' }, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    const state = publicProjection(r.state);
    expect(whyNotAskNotApplicable(state, fac, 'WAKTU')).toBe('refusal.section_has_agreed_clause');
    expect(whyNotAskNotApplicable(state, fac, 'BIAYA')).toBe('refusal.already_not_applicable');
    expect(whyNotAskNotApplicable(state, fac, 'DASAR_HUKUM')).toBe('refusal.check_already_open');
  });

  it('refuses every protected section, for the reason the server gives', () => {
    const { r, fac } = room();
    const state = publicProjection(r.state);
    for (const code of ['HAK_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'SANKSI_KOMPENSASI', 'PENGADUAN', 'MAKLUMAT'] as const) {
      expect(whyNotMarkNotApplicable(state, fac, code)).toBe('refusal.section_protected');
      expect(whyNotAskNotApplicable(state, fac, code)).toBe('refusal.section_protected');
    }
    expect(whyNotAskNotApplicable(state, fac, 'DASAR_HUKUM')).toBeNull();
  });
});
