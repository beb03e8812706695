/** The capacity side of a promise: conditions that bind a resource, and users' ask in words. */
import { describe, expect, it } from 'vitest';
import { freezeGaps } from '../rules/freezeGate';
import { dependentsOf } from '../schema/clauses';
import type { ParticipantId } from '../schema/ids';
import { FACILITATOR, clauseCommand, Room, readyToFreeze, everyoneAnswers } from '../testing/workshopKit';

function checkRoom() {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  room.goTo('consensus_check');
  return { room, s9 };
}

/** Discussion, a one-person fist-to-five check, and the status: what the facilitator does. */
function agree(room: Room, voter: ParticipantId, clauseId: string, checkId: string) {
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId, status: 'under_discussion' });
  room.must(FACILITATOR, { type: 'startConsensusCheck', checkId, clauseId, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
  room.must(voter, { type: 'answerConsensus', checkId, level: 5 });
  everyoneAnswers(room, checkId);
  room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId });
  return room.run(FACILITATOR, { type: 'setClauseStatus', clauseId, status: 'agreed', checkId });
}

const staff = clauseCommand('staff', 'JUMLAH_PELAKSANA', 'Penyelenggara menambah satu petugas verifikasi mulai 1 Juli 2027.');
const promise = {
  ...clauseCommand('time', 'WAKTU', 'Akta kelahiran selesai paling lama 5 hari kerja.'),
  commitment: { phasing: 'phased', measure: { value: 5, unit: 'working_days' }, targetDate: '2027-07-01', interim: { value: 10, unit: 'working_days' } },
  conditionClauseId: 'staff',
  usersAskText: 'Petugas ramah dan menjelaskan dengan bahasa daerah',
};

describe('conditions of a promise', () => {
  it('records the condition clause on the dependent version, and the ask in words on the clause', () => {
    const { room } = checkRoom();
    room.must(FACILITATOR, staff);
    room.must(FACILITATOR, promise);
    const time = room.state.clauses.time!;
    expect(time.versions.timev1?.conditionClauseId).toBe('staff');
    expect(time.versions.timev1?.commitment).toMatchObject({ phasing: 'phased', targetDate: '2027-07-01', interim: { value: 10 } });
    expect(time.usersAskText).toBe('Petugas ramah dan menjelaskan dengan bahasa daerah');
    expect(dependentsOf(Object.values(room.state.clauses), 'staff').map((c) => c.id)).toEqual(['time']);
    room.must(FACILITATOR, { type: 'amendClause', clauseId: 'time', versionId: 'timev2', parentVersionId: 'timev1', text: { id: 'Akta 5 hari kerja.' }, rationale: 'r', obligatedParty: 'provider', usersAskText: 'Petugas menjelaskan dalam bahasa daerah' });
    expect(room.state.clauses.time?.usersAskText).toBe('Petugas menjelaskan dalam bahasa daerah');
    // The new version names no condition: the promise no longer rests on one.
    expect(dependentsOf(Object.values(room.state.clauses), 'staff')).toEqual([]);
  });

  it('takes a condition only from an existing clause of its own in staff, facilities or provider obligations', () => {
    const { room } = checkRoom();
    room.must(FACILITATOR, clauseCommand('fee', 'BIAYA'));
    room.must(FACILITATOR, staff);
    expect(room.run(FACILITATOR, { ...promise, conditionClauseId: 'nope' })).toMatchObject({ status: 404, code: 'condition_not_found' });
    expect(room.run(FACILITATOR, { ...promise, conditionClauseId: 'fee' })).toMatchObject({ status: 409, code: 'condition_section_invalid', params: { condition: 'K1' } });
    expect(room.run(FACILITATOR, { ...clauseCommand('self', 'SARANA'), conditionClauseId: 'self' })).toMatchObject({ code: 'condition_not_found' });
    room.must(FACILITATOR, promise);
    // A condition rests on nothing, and a clause that is a condition takes none: no chains, no loops.
    room.must(FACILITATOR, clauseCommand('room', 'SARANA'));
    expect(room.run(FACILITATOR, { type: 'amendClause', clauseId: 'staff', versionId: 'staffv2', parentVersionId: 'staffv1', text: { id: 'x' }, rationale: 'r', obligatedParty: 'provider', conditionClauseId: 'room' }))
      .toMatchObject({ code: 'condition_chained' });
    room.must(FACILITATOR, { ...clauseCommand('late', 'SARANA'), conditionClauseId: 'staff' });
    room.must(FACILITATOR, { ...clauseCommand('desk', 'SARANA'), conditionClauseId: 'room' });
    expect(room.run(FACILITATOR, { ...clauseCommand('more', 'WAKTU'), conditionClauseId: 'desk' })).toMatchObject({ status: 409, code: 'condition_chained', params: { condition: 'K6' } });
    expect(room.run(FACILITATOR, { type: 'amendClause', clauseId: 'staff', versionId: 'staffv2', parentVersionId: 'staffv1', text: { id: 'x' }, rationale: 'r', obligatedParty: 'provider', conditionClauseId: 'staff' }))
      .toMatchObject({ status: 409, code: 'condition_section_invalid' });
  });

  it('refuses to agree a promise while its condition is not agreed, and agrees it once the condition is', () => {
    const { room, s9 } = checkRoom();
    room.must(FACILITATOR, staff);
    room.must(FACILITATOR, promise);
    expect(agree(room, s9, 'time', 'k_time')).toMatchObject({ ok: false, status: 409, code: 'condition_not_agreed', params: { condition: 'K1' } });
    expect(room.state.clauses.time?.status).toBe('under_discussion');
    expect(agree(room, s9, 'staff', 'k_staff')).toMatchObject({ ok: true });
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'time', status: 'agreed', checkId: 'k_time' });
    expect(room.state.clauses.time?.status).toBe('agreed');
    expect(freezeGaps({ clauses: Object.values(room.state.clauses), notApplicable: {}, consensusChecks: {}, signatories: [] }).filter((g) => g.code === 'condition_missing')).toEqual([]);
  });

  it('flags for the freeze an agreed promise whose condition went back to discussion', () => {
    const { room, s9 } = checkRoom();
    room.must(FACILITATOR, staff);
    room.must(FACILITATOR, promise);
    agree(room, s9, 'staff', 'k_staff');
    agree(room, s9, 'time', 'k_time');
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'staff', status: 'under_discussion' });
    const gaps = freezeGaps({ clauses: Object.values(room.state.clauses), notApplicable: {}, consensusChecks: {}, signatories: [] });
    expect(gaps.filter((g) => g.code === 'condition_missing')).toEqual([{ code: 'condition_missing', params: { clause: 'K2', condition: 'K1' } }]);
  });

  it('refuses the freeze while a promise in the text rests on a condition that is not', () => {
    const { room, s9 } = readyToFreeze();
    room.goTo('consensus_check');
    room.must(FACILITATOR, staff);
    room.must(FACILITATOR, promise);
    agree(room, s9, 'staff', 'k_staff');
    agree(room, s9, 'time', 'k_time');
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'staff', status: 'under_discussion' });
    room.goTo('sign_off');
    const label = (id: string) => `K${room.state.clauses[id]!.number}`;
    expect(room.run(FACILITATOR, { type: 'freezeCharter' })).toMatchObject({
      ok: false,
      code: 'freeze_gate_failed',
      params: { gaps: [{ code: 'condition_missing', params: { clause: label('time'), condition: label('staff') } }] },
    });
  });
});
