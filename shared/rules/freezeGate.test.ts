import { describe, expect, it } from 'vitest';
import type { Clause, ClauseStatus } from '../schema/clauses';
import type { SectionCode } from '../schema/sections';
import { requiredSectionCodes } from '../schema/sections';
import { asClauseId, asClauseVersionId, asParticipantId } from '../schema/ids';
import type { Sector } from '../schema/stakeholders';
import { freezeGaps } from './freezeGate';
import type { Signatory, SignatoryCapacity } from './signatories';

const clause = (sectionCode: SectionCode, status: ClauseStatus = 'agreed'): Clause => ({
  id: asClauseId(`c-${sectionCode}`),
  number: 1,
  sectionCode,
  status,
  currentVersionId: asClauseVersionId('v1'),
  versions: {},
});

const signer = (id: string, capacity: SignatoryCapacity, sector: Sector): Signatory => ({
  participantId: asParticipantId(id),
  capacity,
  sector,
  enrolledBy: asParticipantId('fac'),
  enrolledAt: '2026-01-15T15:00:00.000Z',
});

const FULL_SIGNERS = [signer('s1', 'pihak_pertama', 'government'), signer('s9', 'pihak_kedua', 'civil_society'), signer('s7', 'saksi', 'civil_society')];
const allAgreed = () => requiredSectionCodes().map((code) => clause(code));

describe('freeze gate', () => {
  it('opens when every required section is agreed and the three kinds of signatory are enrolled', () => {
    expect(freezeGaps({ clauses: allAgreed(), notApplicable: {}, signatories: FULL_SIGNERS })).toEqual([]);
  });

  it('lists every required section without an agreed clause, and everything missing on an empty workshop', () => {
    const gaps = freezeGaps({ clauses: [], notApplicable: {}, signatories: [] });
    expect(gaps.filter((g) => g.code === 'section_not_agreed')).toHaveLength(requiredSectionCodes().length);
    expect(gaps.filter((g) => g.code !== 'section_not_agreed')).toEqual([
      { code: 'signatory_missing', params: { capacity: 'pihak_pertama', sector: 'government' } },
      { code: 'signatory_missing', params: { capacity: 'pihak_kedua', sector: 'non_government' } },
      { code: 'witness_outside_government_missing', params: {} },
    ]);
  });

  it('counts agreed with reservations, but not proposed, deferred or rejected clauses', () => {
    const clauses = allAgreed().filter((c) => c.sectionCode !== 'WAKTU' && c.sectionCode !== 'BIAYA');
    clauses.push(clause('WAKTU', 'agreed_with_reservations'), clause('BIAYA', 'deferred'), clause('BIAYA', 'proposed'));
    expect(freezeGaps({ clauses, notApplicable: {}, signatories: FULL_SIGNERS })).toEqual([
      { code: 'section_not_agreed', params: { sectionCode: 'BIAYA' } },
    ]);
  });

  it('accepts a required section marked not applicable instead of agreed', () => {
    const clauses = allAgreed().filter((c) => c.sectionCode !== 'BIAYA');
    const notApplicable = { BIAYA: { reason: { id: 'Layanan gratis menurut undang-undang' } } };
    expect(freezeGaps({ clauses, notApplicable, signatories: FULL_SIGNERS })).toEqual([]);
  });

  it('keeps DASAR_HUKUM missing until it is agreed or marked not applicable', () => {
    const clauses = allAgreed().filter((c) => c.sectionCode !== 'DASAR_HUKUM');
    expect(freezeGaps({ clauses, notApplicable: {}, signatories: FULL_SIGNERS })).toEqual([
      { code: 'section_not_agreed', params: { sectionCode: 'DASAR_HUKUM' } },
    ]);
    const notApplicable = { DASAR_HUKUM: { reason: { id: 'Ditetapkan dalam SK Kepala Dinas' } } };
    expect(freezeGaps({ clauses, notApplicable, signatories: FULL_SIGNERS })).toEqual([]);
  });

  it('never excuses a protected section by a "not applicable" mark (one recorded before the rule)', () => {
    const protectedCodes = ['HAK_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'SANKSI_KOMPENSASI', 'PENGADUAN', 'MAKLUMAT'] as const;
    const clauses = allAgreed().filter((c) => !(protectedCodes as readonly string[]).includes(c.sectionCode));
    const notApplicable = Object.fromEntries(protectedCodes.map((code) => [code, { reason: { id: 'tidak' } }]));
    const gaps = freezeGaps({ clauses, notApplicable, signatories: FULL_SIGNERS });
    expect(gaps.map((g) => (g.code === 'section_not_agreed' ? g.params.sectionCode : g.code)).sort()).toEqual([...protectedCodes].sort());
  });

  it('does not count a government witness, nor a government "user representative"', () => {
    const signatories = [signer('s1', 'pihak_pertama', 'government'), signer('s2', 'pihak_kedua', 'government'), signer('s4', 'saksi', 'government')];
    expect(freezeGaps({ clauses: allAgreed(), notApplicable: {}, signatories }).map((g) => g.code)).toEqual([
      'signatory_missing',
      'witness_outside_government_missing',
    ]);
  });

  it('does not count a witness without a sector as outside government', () => {
    const signatories = [...FULL_SIGNERS.slice(0, 2), { ...signer('x', 'saksi', 'civil_society'), sector: null }];
    expect(freezeGaps({ clauses: allAgreed(), notApplicable: {}, signatories }).map((g) => g.code)).toEqual(['witness_outside_government_missing']);
  });

  it('accepts a witness from the private sector', () => {
    const signatories = [...FULL_SIGNERS.slice(0, 2), signer('s6', 'saksi', 'private')];
    expect(freezeGaps({ clauses: allAgreed(), notApplicable: {}, signatories })).toEqual([]);
  });
});
