import { describe, expect, it } from 'vitest';
import { appendEntry, type ChainEntry } from '../charter/eventChain';
import { buildCharterDocument } from '../charter/charterDocument';
import { clausePartyTexts, komparisiText } from '../charter/charterText';
import type { ParticipantId } from '../schema/ids';
import { FACILITATOR, Room, readyToFreeze, USERS_MANDATE, everyoneAnswers } from '../testing/workshopKit';
import { TEST_CONTEXT } from '../testing/charterKit';
import { freezeGapsOf } from './charter';
import { eventFormatOf } from './eventFormat';
import { readEventLog } from './eventLog';

const CLINIC = 'rsia-sehat-bunda';
const clinicCard = {
  id: CLINIC,
  name: 'RSIA Sehat Bunda',
  organisation: 'Rumah Sakit Ibu dan Anak swasta',
  category: 'private_provider',
  sector: 'private',
  power: 3,
  interest: 4,
  salience: { power: true, legitimacy: true, urgency: false },
};

function addClinic(room: Room): void {
  room.must(FACILITATOR, { type: 'addStakeholder', stakeholder: clinicCard });
}

const propose = (clauseId: string, sectionCode: string, party: Record<string, unknown>) => ({
  type: 'proposeClause',
  clauseId,
  versionId: `${clauseId}v1`,
  sectionCode,
  text: { id: 'Klinik bersalin swasta melaporkan kelahiran paling lama 3 hari kerja.' },
  rationale: 'Kelahiran di klinik swasta sering tidak tercatat.',
  ...party,
});

/** Agrees a clause that names the clinic, through a one-person check. */
function agreeNamingClinic(room: Room, voter: ParticipantId, clauseId: string, sectionCode: string, party: Record<string, unknown>): void {
  room.must(FACILITATOR, propose(clauseId, sectionCode, party));
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId, status: 'under_discussion' });
  room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: `k-${clauseId}`, clauseId, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
  room.must(voter, { type: 'answerConsensus', checkId: `k-${clauseId}`, level: 5 });
  everyoneAnswers(room, `k-${clauseId}`);
  room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: `k-${clauseId}` });
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId, status: 'agreed', checkId: `k-${clauseId}` });
}

describe('the obligated party of a clause', () => {
  it('names a partner by its stakeholder card, and only where the clause puts something on one', () => {
    const room = new Room();
    room.goTo('drafting');
    expect(room.run(FACILITATOR, propose('a', 'KEWAJIBAN_PENYELENGGARA', { obligatedParty: 'partner' }))).toMatchObject({ status: 422, code: 'partner_required' });
    expect(room.run(FACILITATOR, propose('a', 'KEWAJIBAN_PENYELENGGARA', { obligatedParty: 'partner', partnerId: CLINIC }))).toMatchObject({ status: 404, code: 'partner_not_found' });
    addClinic(room);
    expect(room.run(FACILITATOR, propose('a', 'KEWAJIBAN_PENYELENGGARA', { obligatedParty: 'provider', partnerId: CLINIC }))).toMatchObject({ status: 422, code: 'partner_not_named' });
    room.must(FACILITATOR, propose('a', 'KEWAJIBAN_PENYELENGGARA', { obligatedParty: 'partner', partnerId: CLINIC }));
    expect(room.state.clauses.a?.versions.av1).toMatchObject({ obligatedParty: 'partner', partnerId: CLINIC });
  });

  it('lets a sanction say whose failure it answers, and only a sanction', () => {
    const room = new Room();
    room.goTo('drafting');
    addClinic(room);
    expect(room.run(FACILITATOR, propose('a', 'WAKTU', { obligatedParty: 'provider', answersFailureOf: 'user' }))).toMatchObject({ code: 'failure_party_outside_sanctions' });
    room.must(FACILITATOR, propose('users', 'SANKSI_KOMPENSASI', { obligatedParty: 'user', answersFailureOf: 'user' }));
    expect(room.run(FACILITATOR, propose('p', 'SANKSI_KOMPENSASI', { obligatedParty: 'provider', answersFailureOf: 'partner' }))).toMatchObject({ code: 'partner_required' });
    room.must(FACILITATOR, propose('p', 'SANKSI_KOMPENSASI', { obligatedParty: 'provider', answersFailureOf: 'partner', partnerId: CLINIC }));
    expect(room.state.clauses.p?.versions.pv1).toMatchObject({ answersFailureOf: 'partner', partnerId: CLINIC });
    // An amendment is judged the same way.
    const amend = { type: 'amendClause', clauseId: 'p', versionId: 'pv2', parentVersionId: 'pv1', text: { id: 'x' }, rationale: 'y', obligatedParty: 'provider', answersFailureOf: 'partner' };
    expect(room.run(FACILITATOR, amend)).toMatchObject({ code: 'partner_required' });
  });

  it('prints who is bound and whose failure a sanction answers; a provider clause prints as before', () => {
    const name = (id: string) => (id === CLINIC ? 'RSIA Sehat Bunda' : undefined);
    expect(clausePartyTexts({ obligatedParty: 'provider' }, name, 'id')).toEqual([]);
    expect(clausePartyTexts({ obligatedParty: 'partner', partnerId: CLINIC }, name, 'id')).toEqual(['Pihak yang wajib: mitra RSIA Sehat Bunda']);
    expect(clausePartyTexts({ obligatedParty: 'provider', answersFailureOf: 'user' }, name, 'id')).toEqual(['Sanksi/kompensasi atas kelalaian pengguna layanan']);
  });
});

describe('third parties and the users\u2019 mandate', () => {
  it('enrols a third party only for a known partner, once per partner', () => {
    const { room } = readyToFreeze();
    const s5 = room.join('S5', 'private');
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: s5, capacity: 'pihak_ketiga' })).toMatchObject({ status: 422, code: 'partner_required' });
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: s5, capacity: 'pihak_ketiga', partnerId: CLINIC })).toMatchObject({ status: 404, code: 'partner_not_found' });
    addClinic(room);
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: s5, capacity: 'saksi', partnerId: CLINIC })).toMatchObject({ code: 'partner_not_for_capacity' });
    room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s5, capacity: 'pihak_ketiga', partnerId: CLINIC });
    expect(room.state.signatories.at(-1)).toMatchObject({ participantId: 'S5', capacity: 'pihak_ketiga', sector: 'private', partnerId: CLINIC });
    const s6 = room.join('S6', 'private');
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: s6, capacity: 'pihak_ketiga', partnerId: CLINIC })).toMatchObject({ code: 'partner_already_signing' });
    // Moving someone into pihak ketiga would leave them without a partner.
    expect(room.run(FACILITATOR, { type: 'changeSignatoryCapacity', participantId: 'S7', from: 'saksi', to: 'pihak_ketiga' })).toMatchObject({ code: 'partner_required' });
  });

  it('records a mandate only for the users\u2019 representative, at enrolment or later', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    const s7 = room.join('S7', 'civil_society');
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: s7, capacity: 'saksi', mandate: USERS_MANDATE })).toMatchObject({ code: 'mandate_not_for_capacity' });
    expect(room.run(FACILITATOR, { type: 'setSignatoryMandate', participantId: s9, mandate: USERS_MANDATE })).toMatchObject({ status: 404, code: 'signatory_not_found' });
    room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s9, capacity: 'pihak_kedua' });
    expect(room.run(FACILITATOR, { type: 'setSignatoryMandate', participantId: s9, mandate: { actsFor: 'x', chosenBy: 'ditunjuk' } })).toMatchObject({ status: 422, code: 'invalid_command' });
    room.must(FACILITATOR, { type: 'setSignatoryMandate', participantId: s9, mandate: USERS_MANDATE });
    expect(room.state.signatories[0]?.mandate).toEqual(USERS_MANDATE);
    expect(room.run(FACILITATOR, { type: 'setSignatoryMandate', participantId: s9, mandate: USERS_MANDATE })).toMatchObject({ code: 'mandate_unchanged' });
    // A mandate belongs to the capacity: moved to witness, it is gone; the gate asks again if they come back.
    room.must(FACILITATOR, { type: 'changeSignatoryCapacity', participantId: s9, from: 'pihak_kedua', to: 'saksi' });
    expect(room.state.signatories[0]?.mandate).toBeUndefined();
  });

  it('refuses the freeze until the partner named on an agreed clause signs as pihak ketiga', () => {
    const { room, s9 } = readyToFreeze();
    addClinic(room);
    agreeNamingClinic(room, s9, 'k-klinik', 'WAKTU', { obligatedParty: 'partner', partnerId: CLINIC });
    const refused = room.run(FACILITATOR, { type: 'freezeCharter' });
    expect(refused).toMatchObject({ status: 409, code: 'freeze_gate_failed' });
    const label = `K${room.state.clauses['k-klinik']?.number}`;
    expect(refused.ok ? [] : refused.params?.gaps).toEqual([{ code: 'partner_not_signatory', params: { partnerId: CLINIC, partnerName: 'RSIA Sehat Bunda', clauses: label } }]);
    const s5 = room.join('S5', 'private');
    room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s5, capacity: 'pihak_ketiga', partnerId: CLINIC });
    room.must(FACILITATOR, { type: 'freezeCharter' });
    // The charter document names the partner in the clause and in the komparisi, and the mandate.
    const doc = buildCharterDocument(room.state, null, TEST_CONTEXT);
    const third = doc.signatories.find((s) => s.capacity === 'pihak_ketiga');
    expect(third?.partner).toEqual({ stakeholderId: CLINIC, name: 'RSIA Sehat Bunda', organisation: 'Rumah Sakit Ibu dan Anak swasta' });
    expect(komparisiText(third!, 'id')).toBe('bertindak untuk dan atas nama RSIA Sehat Bunda, Rumah Sakit Ibu dan Anak swasta');
    expect(doc.signatories.find((s) => s.capacity === 'pihak_kedua')?.mandate).toEqual(USERS_MANDATE);
  });

  it('reads an old log: the frozen version stays, and a new freeze asks for the mandate', () => {
    // A format-5 room: the users' representative was enrolled without a mandate, then the charter froze.
    const { room, s9 } = readyToFreeze();
    room.must(FACILITATOR, { type: 'withdrawSignatory', participantId: s9, capacity: 'pihak_kedua' });
    room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s9, capacity: 'pihak_kedua' });
    expect(freezeGapsOf(room.state)).toEqual([{ code: 'users_mandate_missing', params: { participantId: s9 } }]);
    const old = room.events.filter((e) => !(e.type === 'signatoryEnrolled' && e.data.signatory.mandate) && e.type !== 'signatoryWithdrawn');
    const entries: ChainEntry[] = [];
    for (const event of old) entries.push(appendEntry(room.state.workshopId, entries.at(-1) ?? null, event));
    entries.push(appendEntry(room.state.workshopId, entries.at(-1)!, { type: 'charterFrozen', data: { freeze: { charterVersion: 1, frozenBy: FACILITATOR, frozenAt: room.now() }, agreedVersionIds: [], charterSha256: 'ab'.repeat(32) }, actor: room.actor(FACILITATOR), ts: room.now() }));
    // The enrolments and the freeze have the shapes of format 5 (the rest of the room is newer).
    expect(entries.filter((e) => e.type === 'signatoryEnrolled' || e.type === 'charterFrozen').map((e) => eventFormatOf(e)).every((f) => f < 6)).toBe(true);
    const reading = readEventLog(room.state.workshopId, entries);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.state.freeze).toMatchObject({ charterVersion: 1, charterSha256: 'ab'.repeat(32) });
    expect(reading.state.signatories.find((s) => s.capacity === 'pihak_kedua')?.mandate).toBeUndefined();
    expect(freezeGapsOf(reading.state).map((g) => g.code)).toEqual(['users_mandate_missing']);
  });

  it('reads the new shapes as format 6', () => {
    const base = { actor: { participantId: FACILITATOR, role: 'facilitator' as const, sector: null }, ts: 't' };
    const enrolled = (extra: object) => ({ ...base, type: 'signatoryEnrolled', data: { signatory: { participantId: 'S9', capacity: 'pihak_kedua', ...extra } } });
    expect(eventFormatOf(enrolled({}))).toBe(1);
    expect(eventFormatOf(enrolled({ mandate: USERS_MANDATE }))).toBe(6);
    expect(eventFormatOf(enrolled({ partnerId: CLINIC }))).toBe(6);
    expect(eventFormatOf({ ...base, type: 'signatoryMandateSet', data: {} })).toBe(6);
    const version = (extra: object) => ({ id: 'v', obligatedParty: 'provider', ...extra });
    expect(eventFormatOf({ ...base, type: 'clauseAmended', data: { clauseId: 'a', version: version({}) } })).toBe(1);
    expect(eventFormatOf({ ...base, type: 'clauseAmended', data: { clauseId: 'a', version: version({ answersFailureOf: 'user' }) } })).toBe(6);
    expect(eventFormatOf({ ...base, type: 'clauseProposed', data: { clause: { id: 'a', versions: { v: version({ obligatedParty: 'partner', partnerId: CLINIC }) } } } })).toBe(6);
  });
});
