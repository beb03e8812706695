import { describe, expect, it } from 'vitest';
import { freezeGaps, notApplicableDecisions } from '../rules/freezeGate';
import { initialWorkshopState } from '../state/workshopState';
import { FACILITATOR, markNotApplicableByRoom, Room, readyToFreeze } from '../testing/workshopKit';
import { applyEvent, replay } from './applyEvent';
import { freezeGapsOf } from './charter';
import type { DomainEvent } from './events';
import { eventFormatOf, upcastEntry } from './eventFormat';

const reason = { id: 'Layanan ini tidak dipungut biaya (UU 24/2013 Pasal 79A)' };
const start = (sectionCode: string, extra: Record<string, unknown> = {}) => ({
  type: 'startNotApplicableCheck',
  checkId: `na_${sectionCode}`,
  sectionCode,
  reason,
  preset: 'fist_to_five',
  rule: { kind: 'consensus' },
  fallback: { kind: 'majority' },
  ...extra,
});

function consensusRoom() {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  const s2 = room.join('S2', 'government');
  const s5 = room.join('S5', 'private');
  room.goTo('consensus_check');
  return { room, s9, s2, s5 };
}

describe('"not applicable" is the room\'s decision', () => {
  it('marks a required section only when the outcome of its check allows it, and names the check', () => {
    const { room, s9, s2, s5 } = consensusRoom();
    room.must(FACILITATOR, start('BIAYA'));
    expect(room.state.consensusChecks.na_BIAYA).toMatchObject({ subject: { kind: 'section_not_applicable', sectionCode: 'BIAYA', reason }, status: 'open' });
    expect(room.state.consensusChecks.na_BIAYA?.clauseId).toBeUndefined();
    room.must(s9, { type: 'answerConsensus', checkId: 'na_BIAYA', level: 5 });
    room.must(s2, { type: 'answerConsensus', checkId: 'na_BIAYA', level: 3, reason: 'asal ada Perda-nya' });
    room.must(s5, { type: 'answerConsensus', checkId: 'na_BIAYA', level: 4 });
    expect(room.state.notApplicable.BIAYA).toBeUndefined();
    room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'na_BIAYA' });
    expect(room.state.consensusChecks.na_BIAYA?.record?.outcome).toBe('consensus_with_reservations');
    expect(room.state.notApplicable.BIAYA).toMatchObject({ reason, markedBy: FACILITATOR, checkId: 'na_BIAYA' });
    expect(room.events.at(-1)).toMatchObject({ type: 'consensusOutcomeRecorded', data: { notApplicable: { sectionCode: 'BIAYA' } } });
  });

  it('leaves the section required when the room blocks, has no consensus, or the fallback rejects', () => {
    const { room, s9, s2, s5 } = consensusRoom();
    room.must(FACILITATOR, start('BIAYA'));
    room.must(s9, { type: 'answerConsensus', checkId: 'na_BIAYA', level: 0, reason: 'biaya retribusi tetap ada' });
    room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'na_BIAYA' });
    expect(room.state.consensusChecks.na_BIAYA?.record?.outcome).toBe('blocked');
    expect(room.state.notApplicable.BIAYA).toBeUndefined();

    room.must(FACILITATOR, start('WAKTU', { checkId: 'w1' }));
    room.must(s9, { type: 'answerConsensus', checkId: 'w1', level: 1, reason: 'waktu harus tertulis' });
    room.must(s2, { type: 'answerConsensus', checkId: 'w1', level: 5 });
    room.must(s5, { type: 'answerConsensus', checkId: 'w1', level: 1, reason: 'waktu harus tertulis' });
    expect(room.run(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'w1', useFallback: {} })).toMatchObject({ ok: true });
    expect(room.state.consensusChecks.w1?.record).toMatchObject({ outcome: 'decided_by_fallback', fallback: { kind: 'majority', adopted: false } });
    expect(room.state.notApplicable.WAKTU).toBeUndefined();
  });

  it('marks by fallback when the fallback adopts it, and the gate lists who decided', () => {
    const { room, s9, s2 } = consensusRoom();
    room.must(FACILITATOR, start('BIAYA', { fallback: { kind: 'designated_decider', deciderId: s2 } }));
    room.must(s9, { type: 'answerConsensus', checkId: 'na_BIAYA', level: 1, reason: 'belum yakin' });
    room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'na_BIAYA', useFallback: { adopted: true } });
    expect(room.state.notApplicable.BIAYA?.checkId).toBe('na_BIAYA');
    const input = { clauses: [], notApplicable: room.state.notApplicable, consensusChecks: room.state.consensusChecks, signatories: [] };
    expect(notApplicableDecisions(input)).toEqual([
      { sectionCode: 'BIAYA', reason, required: true, byRoom: true, outcome: 'decided_by_fallback', fallback: { kind: 'designated_decider', adopted: true }, deciderId: s2, markedBy: FACILITATOR },
    ]);
    expect(freezeGaps(input).some((g) => g.code !== 'signatory_missing' && g.code !== 'witness_outside_government_missing' && 'sectionCode' in g.params && g.params.sectionCode === 'BIAYA')).toBe(false);
  });

  it('refuses a check on a protected section, on a marked or agreed section, and a second open check', () => {
    const { room } = consensusRoom();
    expect(room.run(FACILITATOR, start('PENGADUAN'))).toMatchObject({ status: 409, code: 'section_protected', params: { sectionCode: 'PENGADUAN' } });
    room.must(FACILITATOR, start('BIAYA'));
    expect(room.run(FACILITATOR, start('BIAYA', { checkId: 'again' }))).toMatchObject({ status: 409, code: 'check_already_open' });
    expect(room.run(FACILITATOR, start('WAKTU', { checkId: 'na_BIAYA' }))).toMatchObject({ status: 409, code: 'check_exists' });
    room.must(FACILITATOR, { type: 'markSectionNotApplicable', sectionCode: 'SARANA', reason });
    expect(room.run(FACILITATOR, start('SARANA'))).toMatchObject({ status: 409, code: 'already_not_applicable' });
  });

  it('is reopened by the facilitator: the section is required again, and the room may be asked again', () => {
    const { room, s9 } = consensusRoom();
    markNotApplicableByRoom(room, s9, 'BIAYA');
    expect(room.state.notApplicable.BIAYA?.checkId).toBe('na_BIAYA');
    room.must(FACILITATOR, { type: 'clearSectionNotApplicable', sectionCode: 'BIAYA' });
    expect(room.state.notApplicable.BIAYA).toBeUndefined();
    expect(freezeGapsOf(room.state)).toContainEqual({ code: 'section_not_agreed', params: { sectionCode: 'BIAYA' } });
    room.must(FACILITATOR, start('BIAYA', { checkId: 'second' }));
  });

  it('folds: replaying the log gives the same state, and every new event reads as format 6', () => {
    const { room, s9 } = consensusRoom();
    markNotApplicableByRoom(room, s9, 'BIAYA');
    const initial = initialWorkshopState(room.state.workshopId, { participantId: FACILITATOR, displayName: 'Tim Fasilitator', sector: 'civil_society', at: room.events[0]!.ts });
    const fromLog = replay(initial, room.events.map((e) => {
      const up = upcastEntry({ ...JSON.parse(JSON.stringify(e)) });
      if (!up.ok) throw new Error(up.message);
      return up.event;
    }));
    expect(JSON.parse(JSON.stringify(fromLog.notApplicable))).toEqual(JSON.parse(JSON.stringify(room.state.notApplicable)));
    expect(JSON.parse(JSON.stringify(fromLog.consensusChecks))).toEqual(JSON.parse(JSON.stringify(room.state.consensusChecks)));
    const started = room.events.find((e) => e.type === 'consensusCheckStarted')!;
    const recorded = room.events.find((e) => e.type === 'consensusOutcomeRecorded')!;
    expect([eventFormatOf(started), eventFormatOf(recorded)]).toEqual([6, 6]);
  });

  it('an old facilitator-only mark (format 5) still folds, but no longer satisfies the gate for a new freeze', () => {
    const { room } = readyToFreeze();
    expect(freezeGapsOf(room.state)).toEqual([]);
    const cleared = applyEvent(room.state, { type: 'sectionNotApplicableCleared', data: { sectionCode: 'BIAYA' }, actor: room.actor(FACILITATOR), ts: room.now() });
    const oldMark: DomainEvent = {
      type: 'sectionMarkedNotApplicable',
      data: { sectionCode: 'BIAYA', mark: { reason, markedBy: FACILITATOR, markedAt: '2026-01-15T09:00:00.000Z' } },
      actor: room.actor(FACILITATOR),
      ts: '2026-01-15T09:00:00.000Z',
    };
    const up = upcastEntry(JSON.parse(JSON.stringify(oldMark)));
    expect(up).toMatchObject({ ok: true, from: 1 });
    const state = applyEvent(cleared, up.ok ? up.event : oldMark);
    expect(state.notApplicable.BIAYA).toEqual(oldMark.data.mark);
    expect(freezeGapsOf(state)).toEqual([{ code: 'section_not_applicable_without_consent', params: { sectionCode: 'BIAYA' } }]);
    room.state = state;
    expect(room.run(FACILITATOR, { type: 'freezeCharter' })).toMatchObject({ status: 409, code: 'freeze_gate_failed' });
  });
});
