import { describe, expect, it } from 'vitest';
import { entryOf } from '../../../../shared/schema/records';
import { publicProjection } from '../../../../shared/state/projection';
import { clauseCommand, FACILITATOR, Room } from '../../../../shared/testing/workshopKit';
import { recordConsensusOutcome } from '../../actions/consensus';
import { whyNotAnswer, whyNotRecord, whyNotStartCheck } from './consensusGuards';

const viewer = (room: Room, id: string, actFor?: string) => {
  const p = entryOf(room.state.participants, id)!;
  return { me: { participantId: id, role: p.role, sector: p.sector }, ...(actFor ? { actFor: { id: actFor } } : {}) };
};

function checkRoom() {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  const s2 = room.join('S2', 'government');
  room.goTo('consensus_check');
  room.must(FACILITATOR, clauseCommand('K1', 'WAKTU'));
  return { room, s9, s2, fac: viewer(room, FACILITATOR) };
}
const start = { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K1', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } };

describe('why a consensus check cannot be started', () => {
  it('needs the clause under discussion', () => {
    const { room, fac } = checkRoom();
    expect(whyNotStartCheck(publicProjection(room.state), fac, 'K1')).toBe('refusal.clause_not_under_discussion');
  });

  it('is allowed on a clause under discussion without an open check', () => {
    const { room, fac } = checkRoom();
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
    expect(whyNotStartCheck(publicProjection(room.state), fac, 'K1')).toBeNull();
  });

  it('refuses a second check while one is open for the clause', () => {
    const { room, fac } = checkRoom();
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
    room.must(FACILITATOR, start);
    expect(whyNotStartCheck(publicProjection(room.state), fac, 'K1')).toBe('refusal.check_already_open');
  });
});

describe('why a consensus check cannot be answered', () => {
  function openCheck() {
    const setup = checkRoom();
    setup.room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
    setup.room.must(FACILITATOR, start);
    return setup;
  }

  it('is allowed for a participant with a sector who has not answered', () => {
    const { room, s9 } = openCheck();
    expect(whyNotAnswer(publicProjection(room.state), viewer(room, s9), 'c1')).toBeNull();
  });

  it('refuses a second answer, also when the facilitator enters it for that person', () => {
    const { room, s9 } = openCheck();
    room.must(s9, { type: 'answerConsensus', checkId: 'c1', level: 5 });
    const state = publicProjection(room.state);
    expect(whyNotAnswer(state, viewer(room, s9), 'c1')).toBe('refusal.already_answered');
    expect(whyNotAnswer(state, viewer(room, FACILITATOR, s9), 'c1')).toBe('refusal.already_answered');
  });

  it('refuses an answer once the outcome is recorded', () => {
    const { room, s9, s2 } = openCheck();
    room.must(s9, { type: 'answerConsensus', checkId: 'c1', level: 5 });
    room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'c1' });
    expect(whyNotAnswer(publicProjection(room.state), viewer(room, s2), 'c1')).toBe('refusal.check_closed');
  });

  it('refuses someone without a sector', () => {
    const { room } = openCheck();
    const guest = room.join('Tamu', null);
    expect(whyNotAnswer(publicProjection(room.state), viewer(room, guest), 'c1')).toBe('refusal.sector_required');
  });
});

describe('why an outcome cannot be recorded', () => {
  function answeredCheck(quorum: number, level: number) {
    const setup = checkRoom();
    setup.room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
    setup.room.must(FACILITATOR, { ...start, quorum });
    setup.room.must(setup.s9, { type: 'answerConsensus', checkId: 'c1', level, ...(level < 2 ? { reason: 'waktu terlalu singkat' } : {}) });
    return setup;
  }

  it('is allowed once the quorum is reached', () => {
    const { room, fac } = answeredCheck(1, 5);
    expect(whyNotRecord(publicProjection(room.state), fac, recordConsensusOutcome('c1', {}))).toBeNull();
  });

  it('refuses an outcome below the quorum', () => {
    const { room, fac } = answeredCheck(2, 5);
    expect(whyNotRecord(publicProjection(room.state), fac, recordConsensusOutcome('c1', {}))).toBe('refusal.quorum_not_reached');
  });

  it('refuses to decide by a fallback that is to defer', () => {
    const { room, fac } = answeredCheck(1, 0);
    const state = publicProjection(room.state);
    expect(whyNotRecord(state, fac, recordConsensusOutcome('c1', { useFallback: {} }))).toBe('refusal.fallback_cannot_decide');
    expect(whyNotRecord(state, fac, recordConsensusOutcome('c1', {}))).toBeNull();
  });
});
