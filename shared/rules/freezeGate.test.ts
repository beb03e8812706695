import { describe, expect, it } from 'vitest';
import type { Clause, ClauseStatus } from '../schema/clauses';
import type { SectionCode } from '../schema/sections';
import { requiredSectionCodes } from '../schema/sections';
import { asClauseId, asClauseVersionId, asParticipantId, asStakeholderId } from '../schema/ids';
import type { ClauseVersion } from '../schema/clauses';
import type { Sector } from '../schema/stakeholders';
import { asConsensusCheckId } from '../schema/ids';
import { SECTION_CODES } from '../schema/sections';
import type { ConsensusCheck, ConsensusRecord } from './consensus';
import { freezeGaps, notApplicableDecisions } from './freezeGate';
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

const MANDATE = { actsFor: 'Forum Peduli Kesehatan Ibu dan Anak Kecamatan Umbulharjo', chosenBy: 'dipilih oleh peserta kelompok masyarakat dalam lokakarya' };
const FULL_SIGNERS = [signer('s1', 'pihak_pertama', 'government'), { ...signer('s9', 'pihak_kedua', 'civil_society'), mandate: MANDATE }, signer('s7', 'saksi', 'civil_society')];
const FREE = { id: 'Layanan gratis menurut undang-undang' };
const consensusRecord: ConsensusRecord = {
  outcome: 'consensus',
  result: {} as ConsensusRecord['result'],
  recordedBy: asParticipantId('fac'),
  recordedAt: '2026-01-15T15:00:00.000Z',
};
const naCheck = (id: string, sectionCode: SectionCode, record?: ConsensusRecord): ConsensusCheck => ({
  id: asConsensusCheckId(id),
  subject: { kind: 'section_not_applicable', sectionCode, reason: FREE },
  preset: 'kaner_gradients',
  rule: { kind: 'consensus' },
  fallback: { kind: 'majority' },
  quorum: 1,
  sectors: null,
  status: record ? 'recorded' : 'open',
  answers: {},
  startedBy: asParticipantId('fac'),
  startedAt: '2026-01-15T15:00:00.000Z',
  ...(record ? { record } : {}),
});
const allAgreed = () => requiredSectionCodes().map((code) => clause(code));

describe('freeze gate', () => {
  it('opens when every required section is agreed and the three kinds of signatory are enrolled', () => {
    expect(freezeGaps({ clauses: allAgreed(), notApplicable: {}, consensusChecks: {}, signatories: FULL_SIGNERS })).toEqual([]);
  });

  it('lists every required section without an agreed clause, and everything missing on an empty workshop', () => {
    const gaps = freezeGaps({ clauses: [], notApplicable: {}, consensusChecks: {}, signatories: [] });
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
    expect(freezeGaps({ clauses, notApplicable: {}, consensusChecks: {}, signatories: FULL_SIGNERS })).toEqual([
      { code: 'section_not_agreed', params: { sectionCode: 'BIAYA' } },
    ]);
  });

  it('accepts a required section the room decided not applicable instead of agreed', () => {
    const clauses = allAgreed().filter((c) => c.sectionCode !== 'BIAYA');
    const notApplicable = { BIAYA: { reason: FREE, checkId: asConsensusCheckId('na1') } };
    expect(freezeGaps({ clauses, notApplicable, consensusChecks: { na1: naCheck('na1', 'BIAYA', consensusRecord) }, signatories: FULL_SIGNERS })).toEqual([]);
  });

  it('refuses a required section the facilitator marked alone (every mark of a log older than format 6)', () => {
    const clauses = allAgreed().filter((c) => c.sectionCode !== 'BIAYA');
    const notApplicable = { BIAYA: { reason: FREE, markedBy: asParticipantId('fac') } };
    expect(freezeGaps({ clauses, notApplicable, consensusChecks: {}, signatories: FULL_SIGNERS })).toEqual([
      { code: 'section_not_applicable_without_consent', params: { sectionCode: 'BIAYA' } },
    ]);
    expect(notApplicableDecisions({ clauses, notApplicable, consensusChecks: {}, signatories: FULL_SIGNERS })).toEqual([
      { sectionCode: 'BIAYA', reason: FREE, required: true, byRoom: false, markedBy: 'fac' },
    ]);
  });

  it('refuses a mark whose check did not allow it, is still open, or asked about another section', () => {
    const clauses = allAgreed().filter((c) => c.sectionCode !== 'BIAYA');
    const blocked: ConsensusRecord = { ...consensusRecord, outcome: 'blocked' };
    const rejected: ConsensusRecord = { ...consensusRecord, outcome: 'decided_by_fallback', fallback: { kind: 'majority', adopted: false } };
    const checks = {
      a: naCheck('a', 'BIAYA', blocked),
      b: naCheck('b', 'BIAYA', rejected),
      c: naCheck('c', 'BIAYA'),
      d: naCheck('d', 'WAKTU', consensusRecord),
    };
    for (const id of ['a', 'b', 'c', 'd', 'missing']) {
      const notApplicable = { BIAYA: { reason: FREE, checkId: asConsensusCheckId(id) } };
      expect(freezeGaps({ clauses, notApplicable, consensusChecks: checks, signatories: FULL_SIGNERS }).map((g) => g.code)).toEqual([
        'section_not_applicable_without_consent',
      ]);
    }
  });

  it('lists each decision with its outcome and who decided under a fallback', () => {
    const clauses = allAgreed().filter((c) => c.sectionCode !== 'BIAYA' && c.sectionCode !== 'WAKTU');
    const byDecider: ConsensusRecord = { ...consensusRecord, outcome: 'decided_by_fallback', fallback: { kind: 'designated_decider', adopted: true } };
    const checks = {
      a: naCheck('a', 'BIAYA', { ...consensusRecord, outcome: 'consensus_with_reservations' }),
      b: { ...naCheck('b', 'WAKTU', byDecider), fallback: { kind: 'designated_decider', deciderId: asParticipantId('kadis') } } as ConsensusCheck,
    };
    const notApplicable = { BIAYA: { reason: FREE, checkId: asConsensusCheckId('a') }, WAKTU: { reason: FREE, checkId: asConsensusCheckId('b') } };
    const input = { clauses, notApplicable, consensusChecks: checks, signatories: FULL_SIGNERS };
    expect(freezeGaps(input)).toEqual([]);
    expect(notApplicableDecisions(input)).toEqual([
      { sectionCode: 'WAKTU', reason: FREE, required: true, byRoom: true, outcome: 'decided_by_fallback', fallback: { kind: 'designated_decider', adopted: true }, deciderId: 'kadis' },
      { sectionCode: 'BIAYA', reason: FREE, required: true, byRoom: true, outcome: 'consensus_with_reservations' },
    ].sort((x, y) => SECTION_CODES.indexOf(x.sectionCode as SectionCode) - SECTION_CODES.indexOf(y.sectionCode as SectionCode)));
  });

  it('keeps DASAR_HUKUM missing until it is agreed or decided not applicable by the room', () => {
    const clauses = allAgreed().filter((c) => c.sectionCode !== 'DASAR_HUKUM');
    expect(freezeGaps({ clauses, notApplicable: {}, consensusChecks: {}, signatories: FULL_SIGNERS })).toEqual([
      { code: 'section_not_agreed', params: { sectionCode: 'DASAR_HUKUM' } },
    ]);
    const notApplicable = { DASAR_HUKUM: { reason: { id: 'Ditetapkan dalam SK Kepala Dinas' }, checkId: asConsensusCheckId('n') } };
    expect(freezeGaps({ clauses, notApplicable, consensusChecks: { n: naCheck('n', 'DASAR_HUKUM', consensusRecord) }, signatories: FULL_SIGNERS })).toEqual([]);
  });

  it('never excuses a protected section by a "not applicable" mark (one recorded before the rule)', () => {
    const protectedCodes = ['HAK_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'SANKSI_KOMPENSASI', 'PENGADUAN', 'MAKLUMAT'] as const;
    const clauses = allAgreed().filter((c) => !(protectedCodes as readonly string[]).includes(c.sectionCode));
    const notApplicable = Object.fromEntries(protectedCodes.map((code) => [code, { reason: { id: 'tidak' } }]));
    const gaps = freezeGaps({ clauses, notApplicable, consensusChecks: {}, signatories: FULL_SIGNERS });
    expect(gaps.map((g) => (g.code === 'section_not_agreed' ? g.params.sectionCode : g.code)).sort()).toEqual([...protectedCodes].sort());
  });

  it('does not count a government witness, nor a government "user representative"', () => {
    const signatories = [signer('s1', 'pihak_pertama', 'government'), signer('s2', 'pihak_kedua', 'government'), signer('s4', 'saksi', 'government')];
    expect(freezeGaps({ clauses: allAgreed(), notApplicable: {}, consensusChecks: {}, signatories }).map((g) => g.code)).toEqual([
      'signatory_missing',
      'witness_outside_government_missing',
    ]);
  });

  it('does not count a witness without a sector as outside government', () => {
    const signatories = [...FULL_SIGNERS.slice(0, 2), { ...signer('x', 'saksi', 'civil_society'), sector: null }];
    expect(freezeGaps({ clauses: allAgreed(), notApplicable: {}, consensusChecks: {}, signatories }).map((g) => g.code)).toEqual(['witness_outside_government_missing']);
  });

  it('accepts a witness from the private sector', () => {
    const signatories = [...FULL_SIGNERS.slice(0, 2), signer('s6', 'saksi', 'private')];
    expect(freezeGaps({ clauses: allAgreed(), notApplicable: {}, consensusChecks: {}, signatories })).toEqual([]);
  });

  describe('parties and mandates', () => {
    const CLINIC = asStakeholderId('rsia-sehat');
    const withVersion = (c: Clause, number: number, version: Partial<ClauseVersion>): Clause => ({
      ...c,
      number,
      versions: { v1: { id: asClauseVersionId('v1'), parentVersionId: null, text: { id: 't' }, rationale: 'r', obligatedParty: 'provider', proposedBy: asParticipantId('s9'), proposerSector: 'civil_society', createdAt: 'x', ...version } },
    });
    const partnerName = (id: string) => (id === CLINIC ? 'RSIA Sehat Bunda' : undefined);
    const clinicSigner = { ...signer('s5', 'pihak_ketiga', 'private'), partnerId: CLINIC };
    /** Every required section agreed; K4 (pelayanan) puts a duty on the clinic, K9 (sanksi) answers its failure. */
    const clausesNamingClinic = () =>
      allAgreed().map((c, i) =>
        c.sectionCode === 'KEWAJIBAN_PENYELENGGARA' ? withVersion(c, 4, { obligatedParty: 'partner', partnerId: CLINIC })
        : c.sectionCode === 'SANKSI_KOMPENSASI' ? withVersion(c, 9, { obligatedParty: 'provider', answersFailureOf: 'partner', partnerId: CLINIC })
        : withVersion(c, 20 + i, {}),
      );

    it('asks for the users\' representative\'s mandate (an enrolment from before format 6 has none)', () => {
      const withoutMandate = [FULL_SIGNERS[0]!, signer('s9', 'pihak_kedua', 'civil_society'), FULL_SIGNERS[2]!];
      expect(freezeGaps({ clauses: allAgreed(), notApplicable: {}, consensusChecks: {}, signatories: withoutMandate })).toEqual([{ code: 'users_mandate_missing', params: { participantId: 's9' } }]);
    });

    it('asks that a partner named on agreed clauses signs as a third party, naming the clauses', () => {
      const gaps = freezeGaps({ clauses: clausesNamingClinic(), notApplicable: {}, consensusChecks: {}, signatories: FULL_SIGNERS, partnerNames: partnerName });
      expect(gaps).toEqual([{ code: 'partner_not_signatory', params: { partnerId: CLINIC, partnerName: 'RSIA Sehat Bunda', clauses: 'K4, K9' } }]);
    });

    it('opens once the partner is enrolled as pihak ketiga; a third party for another partner does not count', () => {
      const input = { clauses: clausesNamingClinic(), notApplicable: {}, consensusChecks: {}, partnerNames: partnerName };
      expect(freezeGaps({ ...input, signatories: [...FULL_SIGNERS, clinicSigner] })).toEqual([]);
      const other = { ...clinicSigner, partnerId: asStakeholderId('klinik-lain') };
      expect(freezeGaps({ ...input, signatories: [...FULL_SIGNERS, other] }).map((g) => g.code)).toEqual(['partner_not_signatory']);
      // A saksi from the clinic is a witness, not a party bound by the clause.
      expect(freezeGaps({ ...input, signatories: [...FULL_SIGNERS, { ...clinicSigner, capacity: 'saksi' }] }).map((g) => g.code)).toEqual(['partner_not_signatory']);
    });

    it('ignores partners on clauses that are not agreed', () => {
      const clauses = clausesNamingClinic().map((c) => (c.number === 4 || c.number === 9 ? { ...c, status: 'agreed' as const } : c));
      clauses.push(withVersion(clause('WAKTU', 'under_discussion'), 30, { obligatedParty: 'partner', partnerId: asStakeholderId('apotek') }));
      expect(freezeGaps({ clauses, notApplicable: {}, consensusChecks: {}, signatories: [...FULL_SIGNERS, clinicSigner] })).toEqual([]);
    });
  });
});
