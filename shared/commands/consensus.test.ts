import { describe, expect, it } from 'vitest';
import { FACILITATOR, clauseCommand, Room } from '../testing/workshopKit';

function checkingRoom(fallback: Record<string, unknown> = { kind: 'defer' }, preset = 'kaner_gradients') {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  const s2 = room.join('S2', 'government');
  const s5 = room.join('S5', 'private');
  const s7 = room.join('S7', 'civil_society');
  room.goTo('drafting');
  room.must(s9, clauseCommand('K5', 'WAKTU', 'Akta selesai paling lama 3 hari kerja.'));
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'under_discussion' });
  room.goTo('consensus_check');
  room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K5', preset, rule: { kind: 'consensus' }, fallback });
  return { room, s9, s2, s5, s7 };
}

const answer = (level: number | null, extra: Record<string, unknown> = {}) => ({ type: 'answerConsensus', checkId: 'c1', level, ...extra });
const record = (extra: Record<string, unknown> = {}) => ({ type: 'recordConsensusOutcome', checkId: 'c1', ...extra });

describe('starting a consensus check', () => {
  it('binds the check to the clause version under discussion, once at a time', () => {
    const { room } = checkingRoom();
    expect(room.state.consensusChecks.c1).toMatchObject({ clauseVersionId: 'K5v1', status: 'open', quorum: 1 });
    const again = { type: 'startConsensusCheck', checkId: 'c2', clauseId: 'K5', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } };
    expect(room.run(FACILITATOR, again)).toMatchObject({ status: 409, code: 'check_already_open' });
  });

  it('refuses to check a clause that is not under discussion', () => {
    const room = new Room();
    room.goTo('drafting');
    room.must(FACILITATOR, clauseCommand('K1', 'VISI_MISI'));
    const start = { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K1', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } };
    expect(room.run(FACILITATOR, start)).toMatchObject({ status: 409, code: 'clause_not_under_discussion' });
  });

  it('blocks amendments while the check is open', () => {
    const { room, s2 } = checkingRoom();
    const amend = { type: 'amendClause', clauseId: 'K5', versionId: 'K5v2', parentVersionId: 'K5v1', text: { id: 'x' }, rationale: 'y', obligatedParty: 'provider' };
    expect(room.run(s2, amend)).toMatchObject({ status: 409, code: 'consensus_check_open' });
  });
});

describe('answering', () => {
  it('requires a reason for a block or serious disagreement', () => {
    const { room, s2 } = checkingRoom();
    expect(room.run(s2, answer(8))).toMatchObject({ status: 422, code: 'reason_required', params: { level: 8 } });
    expect(room.run(s2, answer(7))).toMatchObject({ status: 422, code: 'reason_required' });
    room.must(s2, answer(8, { reason: 'Petugas loket hanya dua orang' }));
  });

  it('accepts one answer per person and refuses a replayed answer', () => {
    const { room, s9 } = checkingRoom();
    room.must(s9, answer(1));
    expect(room.run(s9, answer(1))).toMatchObject({ status: 409, code: 'already_answered' });
  });

  it('refuses levels outside the scale and a stand-aside with a level', () => {
    const { room, s9 } = checkingRoom({ kind: 'defer' }, 'fist_to_five');
    expect(room.run(s9, answer(7))).toMatchObject({ status: 422, code: 'level_unknown' });
    expect(room.run(s9, answer(null))).toMatchObject({ status: 422, code: 'level_required' });
    expect(room.run(s9, answer(3, { standAside: true }))).toMatchObject({ status: 422, code: 'stand_aside_with_level' });
  });

  it('refuses answers outside the steps where clauses are agreed', () => {
    const { room, s9 } = checkingRoom();
    room.goTo('dot_vote');
    expect(room.run(s9, answer(1))).toMatchObject({ status: 409, code: 'step_forbidden' });
  });
});

describe('recording the outcome', () => {
  it('records consensus with reservations, stand-asides and a minority report, then lets the clause be agreed with reservations', () => {
    const { room, s9, s2, s5, s7 } = checkingRoom();
    room.must(s9, answer(1));
    room.must(s2, answer(3, { reason: 'Perlu tambahan petugas' }));
    room.must(s5, answer(6));
    room.must(s7, answer(null, { standAside: true, reason: 'Kami dorong 1 hari' }));
    const minorityReport = { text: { id: 'Kami tetap mendorong 1 hari kerja untuk kelahiran di faskes mitra.' }, authorIds: ['S7'] };
    room.must(FACILITATOR, record({ minorityReport }));
    const rec = room.state.consensusChecks.c1?.record;
    expect(rec?.outcome).toBe('consensus_with_reservations');
    expect(rec?.result.standAsides).toEqual(['S7']);
    expect(rec?.result.reservations).toEqual([{ participantId: 'S2', text: 'Perlu tambahan petugas' }, { participantId: 'S5' }]);
    expect(rec?.result.bySector.civil_society).toMatchObject({ support: 1, stand_aside: 1 });
    expect(rec?.minorityReport?.authorIds).toEqual(['S7']);
    expect(room.run(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed', checkId: 'c1' })).toMatchObject({ code: 'outcome_does_not_allow' });
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed_with_reservations', checkId: 'c1' });
    expect(room.run(FACILITATOR, record())).toMatchObject({ status: 409, code: 'check_closed' });
  });

  it('records a block, and then the majority fallback fixed at the start decides, per party', () => {
    // The provider's only member blocks: per party, the majority does not adopt over them.
    const alone = checkingRoom({ kind: 'majority' });
    alone.room.must(alone.s9, answer(1));
    alone.room.must(alone.s5, answer(2));
    alone.room.must(alone.s7, answer(1));
    alone.room.must(alone.s2, answer(8, { reason: 'Anggaran tidak cukup' }));
    alone.room.must(FACILITATOR, record({ useFallback: {} }));
    expect(alone.room.state.consensusChecks.c1?.record).toMatchObject({ outcome: 'decided_by_fallback', fallback: { kind: 'majority', adopted: false } });
    expect(alone.room.run(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed', checkId: 'c1' })).toMatchObject({ code: 'outcome_does_not_allow' });

    // With two more government members who support, every sector that took a position is for it.
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    const s2 = room.join('S2', 'government');
    const s1 = room.join('S1', 'government');
    const s3 = room.join('S3', 'government');
    const s5 = room.join('S5', 'private');
    room.goTo('drafting');
    room.must(s9, clauseCommand('K5', 'WAKTU', 'Akta selesai paling lama 3 hari kerja.'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'under_discussion' });
    room.goTo('consensus_check');
    room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K5', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: { kind: 'majority' } });
    for (const who of [s9, s1, s3]) room.must(who, answer(1));
    room.must(s5, answer(2));
    room.must(s2, answer(8, { reason: 'Anggaran tidak cukup' }));
    room.must(FACILITATOR, record({ useFallback: {} }));
    const rec = room.state.consensusChecks.c1?.record;
    expect(rec).toMatchObject({ outcome: 'decided_by_fallback', fallback: { kind: 'majority', adopted: true } });
    expect(rec?.result.outcome).toBe('blocked');
    expect(rec?.result.blockers).toEqual([{ participantId: 'S2', reason: 'Anggaran tidak cukup' }]);
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed', checkId: 'c1' });
  });

  it('needs the designated decider\'s decision, and cannot decide when the fallback is to defer', () => {
    const decider = checkingRoom({ kind: 'designated_decider', deciderId: 'S2' });
    decider.room.must(decider.s9, answer(7, { reason: 'terlalu lama' }));
    expect(decider.room.run(FACILITATOR, record({ useFallback: {} }))).toMatchObject({ status: 422, code: 'decision_required' });
    decider.room.must(FACILITATOR, record({ useFallback: { adopted: false } }));
    expect(decider.room.state.consensusChecks.c1?.record?.fallback).toEqual({ kind: 'designated_decider', adopted: false });

    const defer = checkingRoom();
    defer.room.must(defer.s9, answer(7, { reason: 'terlalu lama' }));
    expect(defer.room.run(FACILITATOR, record({ useFallback: {} }))).toMatchObject({ code: 'fallback_cannot_decide' });
    defer.room.must(FACILITATOR, record());
    expect(defer.room.state.consensusChecks.c1?.record?.outcome).toBe('no_consensus');
  });

  it('lets no designated decider adopt a clause over a block from the service users', () => {
    const { room, s9 } = checkingRoom({ kind: 'designated_decider', deciderId: 'S2' });
    room.must(s9, answer(8, { reason: 'Warga tidak sanggup' }));
    expect(room.run(FACILITATOR, record({ useFallback: { adopted: true } }))).toMatchObject({ status: 409, code: 'users_block_stands' });
    expect(room.state.consensusChecks.c1?.status).toBe('open');
    room.must(FACILITATOR, record({ useFallback: { adopted: false } }));
    expect(room.state.consensusChecks.c1?.record?.fallback).toEqual({ kind: 'designated_decider', adopted: false });
  });

  it('refuses the fallback when consensus was reached', () => {
    const { room, s9, s2, s5 } = checkingRoom({ kind: 'majority' });
    for (const who of [s9, s2, s5]) room.must(who, answer(1));
    expect(room.run(FACILITATOR, record({ useFallback: {} }))).toMatchObject({ status: 422, code: 'fallback_not_needed' });
  });

  it('refuses an unknown designated decider when starting', () => {
    const room = new Room();
    room.goTo('drafting');
    room.must(FACILITATOR, clauseCommand('K1', 'VISI_MISI'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K1', status: 'under_discussion' });
    const start = { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K1', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'designated_decider', deciderId: 'ghost' } };
    expect(room.run(FACILITATOR, start)).toMatchObject({ status: 404 });
  });
});

describe('recording needs the quorum', () => {
  it('refuses an outcome below the quorum, saying how many answers are in and how many are needed', () => {
    const { room, s9, s2, s5 } = checkingRoom();
    expect(room.run(FACILITATOR, record())).toMatchObject({ status: 409, code: 'quorum_not_reached', params: { answers: 0, quorum: 1 } });
    for (const who of [s9, s2, s5]) room.must(who, answer(1));
    room.must(FACILITATOR, record());
    expect(room.state.consensusChecks.c1).toMatchObject({ status: 'recorded', record: { outcome: 'consensus' } });
  });

  it('counts against the quorum fixed at the start', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    const s2 = room.join('S2', 'government');
    room.goTo('drafting');
    room.must(s9, clauseCommand('K5', 'WAKTU'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'under_discussion' });
    room.goTo('consensus_check');
    room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K5', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: { kind: 'majority' }, quorum: 3 });
    room.must(s9, answer(1));
    room.must(s2, answer(1));
    expect(room.run(FACILITATOR, record({ useFallback: {} }))).toMatchObject({ code: 'quorum_not_reached', params: { answers: 2, quorum: 3 } });
  });

  it('may close a check without quorum as no consensus, and then the clause can be checked again', () => {
    const { room } = checkingRoom();
    expect(room.run(FACILITATOR, record({ closeWithoutQuorum: true, minorityReport: { text: { id: 'x' }, authorIds: ['S9'] } }))).toMatchObject({ status: 422, code: 'quorum_not_reached' });
    room.must(FACILITATOR, record({ closeWithoutQuorum: true }));
    expect(room.state.consensusChecks.c1?.record?.outcome).toBe('no_consensus');
    expect(room.run(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed', checkId: 'c1' })).toMatchObject({ ok: false });
    room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c2', clauseId: 'K5', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
  });

  it('refuses to close without quorum once the quorum is reached', () => {
    const { room, s9 } = checkingRoom();
    room.must(s9, answer(1));
    expect(room.run(FACILITATOR, record({ closeWithoutQuorum: true }))).toMatchObject({ status: 422, code: 'quorum_reached' });
  });
});


describe('per-sector consent', () => {
  it('snapshots the eligible members of each sector at the start, with the default sector quorum', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.join('S2', 'government');
    room.join('S3', 'government');
    room.join('O1', 'private', 'observer');
    const gone = room.join('S8', 'civil_society');
    room.must(FACILITATOR, { type: 'revokeParticipant', participantId: gone });
    room.goTo('drafting');
    room.must(s9, clauseCommand('K5', 'WAKTU'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'under_discussion' });
    room.goTo('consensus_check');
    room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K5', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    // The facilitator (no answering role), the observer and the revoked member are not counted.
    expect(room.state.consensusChecks.c1?.sectors).toEqual({ members: { civil_society: 1, government: 2 }, quorumPercent: 50 });
    // Someone joining later does not change the snapshot.
    room.join('S4', 'private');
    expect(room.state.consensusChecks.c1?.sectors?.members).toEqual({ civil_society: 1, government: 2 });
  });

  it('lets the facilitator fix the sector quorum at the start, within 1-100%', () => {
    const { room } = checkingRoom();
    room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'c1', closeWithoutQuorum: true });
    const start = { type: 'startConsensusCheck', checkId: 'c2', clauseId: 'K5', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } };
    expect(room.run(FACILITATOR, { ...start, sectorQuorumPercent: 0 })).toMatchObject({ status: 422 });
    room.must(FACILITATOR, { ...start, sectorQuorumPercent: 100 });
    expect(room.state.consensusChecks.c2?.sectors?.quorumPercent).toBe(100);
  });

  it('records no consensus when a sector present at the start is silent, and keeps the per-sector result', () => {
    const { room, s9, s2 } = checkingRoom({ kind: 'majority' });
    room.must(s9, answer(1));
    room.must(s2, answer(1));
    room.must(FACILITATOR, record());
    const result = room.state.consensusChecks.c1?.record?.result;
    expect(room.state.consensusChecks.c1?.record?.outcome).toBe('no_consensus');
    expect(result?.sectors?.map((s) => [s.sector, s.members, s.answers, s.quorumHeld])).toEqual([
      ['government', 1, 1, true],
      ['private', 1, 0, false],
      ['civil_society', 2, 1, true],
    ]);
    expect(result?.blockedByUsers).toBe(false);
    expect(room.run(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed', checkId: 'c1' })).toMatchObject({ ok: false });
  });
});
