import { describe, expect, it } from 'vitest';
import { appendEntry, verifyChain } from '../charter/eventChain';
import type { ChainEntry } from '../charter/eventChain';
import { requiredSectionCodes } from '../schema/sections';
import { initialWorkshopState } from '../state/workshopState';
import { FACILITATOR, clauseCommand, Room, readyToFreeze } from '../testing/workshopKit';
import { replay } from './applyEvent';
import { freezeGapsOf } from './charter';

describe('signatories', () => {
  it('enrols an active participant once per capacity, with their sector', () => {
    const room = new Room();
    const s1 = room.join('S1', 'government');
    room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s1, capacity: 'pihak_pertama' });
    expect(room.state.signatories[0]).toMatchObject({ participantId: 'S1', sector: 'government', capacity: 'pihak_pertama' });
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: s1, capacity: 'pihak_pertama' })).toMatchObject({ status: 409, code: 'signatory_exists' });
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: 'ghost', capacity: 'saksi' })).toMatchObject({ status: 404 });
  });

  it('enrols only people who speak for a pillar: not the board, not the facilitator team', () => {
    const room = new Room();
    const board = room.join('board', null, 'observer');
    const co = room.join('co', 'civil_society', 'co_facilitator');
    const guest = room.join('guest', 'civil_society', 'observer');
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: board, capacity: 'saksi' })).toMatchObject({ status: 409, code: 'signatory_needs_sector' });
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: FACILITATOR, capacity: 'saksi' })).toMatchObject({ status: 409, code: 'facilitator_cannot_sign' });
    expect(room.run(FACILITATOR, { type: 'enrollSignatory', participantId: co, capacity: 'saksi' })).toMatchObject({ code: 'facilitator_cannot_sign' });
    // An observer with a sector (say a DPRD member watching) may still witness.
    room.must(FACILITATOR, { type: 'enrollSignatory', participantId: guest, capacity: 'saksi' });
    expect(room.state.signatories.map((s) => s.participantId)).toEqual(['guest']);
  });

  it('withdraws a wrong enrolment before the freeze, and the gate misses it again', () => {
    const { room, s7 } = readyToFreeze();
    expect(room.run(FACILITATOR, { type: 'withdrawSignatory', participantId: s7, capacity: 'pihak_pertama' })).toMatchObject({ status: 404, code: 'signatory_not_found' });
    room.must(FACILITATOR, { type: 'withdrawSignatory', participantId: s7, capacity: 'saksi' });
    expect(room.state.signatories.some((s) => s.participantId === s7)).toBe(false);
    expect(freezeGapsOf(room.state)).toEqual([{ code: 'witness_outside_government_missing', params: {} }]);
    room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s7, capacity: 'saksi' });
    room.must(FACILITATOR, { type: 'freezeCharter' });
    expect(room.run(FACILITATOR, { type: 'withdrawSignatory', participantId: s7, capacity: 'saksi' })).toMatchObject({ status: 409, code: 'charter_frozen' });
  });

  it('moves an enrolment to another capacity in one step, keeping its place and sector', () => {
    const { room, s7, s9 } = readyToFreeze();
    const before = room.state.signatories.map((s) => s.participantId);
    room.must(FACILITATOR, { type: 'changeSignatoryCapacity', participantId: s7, from: 'saksi', to: 'mengetahui' });
    expect(room.state.signatories.map((s) => s.participantId)).toEqual(before);
    expect(room.state.signatories.find((s) => s.participantId === s7)).toMatchObject({ capacity: 'mengetahui', sector: 'civil_society' });
    expect(freezeGapsOf(room.state)).toEqual([{ code: 'witness_outside_government_missing', params: {} }]);
    const s9Capacity = room.state.signatories.find((s) => s.participantId === s9)!.capacity;
    expect(room.run(FACILITATOR, { type: 'changeSignatoryCapacity', participantId: s7, from: 'saksi', to: 'pihak_kedua' })).toMatchObject({ code: 'signatory_not_found' });
    room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s9, capacity: 'saksi' });
    expect(room.run(FACILITATOR, { type: 'changeSignatoryCapacity', participantId: s9, from: s9Capacity, to: 'saksi' })).toMatchObject({ status: 409, code: 'signatory_exists' });
  });
});

describe('freezing the charter', () => {
  it('refuses with the full list of gaps, as codes with parameters', () => {
    const room = new Room();
    room.goTo('sign_off');
    const refusal = room.run(FACILITATOR, { type: 'freezeCharter' });
    expect(refusal).toMatchObject({ ok: false, status: 409, code: 'freeze_gate_failed' });
    const gaps = (!refusal.ok && (refusal.params?.gaps as { code: string }[])) || [];
    expect(gaps).toHaveLength(requiredSectionCodes().length + 3);
    expect(gaps).toContainEqual({ code: 'section_not_agreed', params: { sectionCode: 'MAKLUMAT' } });
  });

  it('freezes once every requirement is met, then only housekeeping and reopening are allowed', () => {
    const { room, s9 } = readyToFreeze();
    expect(freezeGapsOf(room.state)).toEqual([]);
    const event = room.must(FACILITATOR, { type: 'freezeCharter' });
    expect(event.type).toBe('charterFrozen');
    expect(room.state.freeze).toMatchObject({ charterVersion: 1, frozenBy: 'fac' });
    expect(room.run(FACILITATOR, { type: 'freezeCharter' })).toMatchObject({ status: 409, code: 'charter_frozen' });
    room.goTo('drafting');
    expect(room.run(s9, clauseCommand('K99', 'SARANA'))).toMatchObject({ status: 409, code: 'charter_frozen' });
  });

  it('counts a revoked signatory as missing', () => {
    const { room, s7 } = readyToFreeze();
    room.must(FACILITATOR, { type: 'revokeParticipant', participantId: s7 });
    expect(freezeGapsOf(room.state)).toEqual([{ code: 'witness_outside_government_missing', params: {} }]);
  });

  it('reopens with a reason, and the next freeze is a new charter version', () => {
    const { room } = readyToFreeze();
    expect(room.run(FACILITATOR, { type: 'reopenCharter', reason: 'salah ketik' })).toMatchObject({ code: 'charter_not_frozen' });
    room.must(FACILITATOR, { type: 'freezeCharter' });
    room.must(FACILITATOR, { type: 'reopenCharter', reason: 'Salah ketik pada klausul WAKTU' });
    expect(room.state.freeze).toBeNull();
    room.must(FACILITATOR, { type: 'freezeCharter' });
    expect(room.state.freeze?.charterVersion).toBe(2);
  });
});

describe('the event log of a whole workshop', () => {
  it('replays into the same state, and chains into a log that verifies', () => {
    const { room } = readyToFreeze();
    room.must(FACILITATOR, { type: 'freezeCharter' });
    const founder = room.state.participants.fac!;
    const initial = initialWorkshopState(room.state.workshopId, { participantId: founder.id, displayName: founder.displayName, sector: founder.sector, at: founder.joinedAt });
    expect(replay(initial, room.events)).toEqual(room.state);

    const log: ChainEntry[] = [];
    for (const event of room.events) log.push(appendEntry(room.state.workshopId, log.at(-1) ?? null, event));
    expect(verifyChain(room.state.workshopId, log).ok).toBe(true);
    const tampered = log.map((e, i) => (i === 10 ? { ...e, data: { ...(e.data as object), forged: true } } : e));
    expect(verifyChain(room.state.workshopId, tampered)).toMatchObject({ ok: false, brokenSeq: 11 });
  });
});
