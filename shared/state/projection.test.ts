import { describe, expect, it } from 'vitest';
import { answerCount } from '../rules/consensus';
import { FACILITATOR, Room, agreeClause } from '../testing/workshopKit';
import { publicProjection } from './projection';

describe('public projection of the decisions state', () => {
  it('carries no individual dots and no tally while a hidden round is unrevealed, and the tally once revealed', () => {
    const room = new Room();
    const s9 = room.join('S9', 'civil_society');
    room.goTo('dot_vote');
    const options = [1, 2, 3].map((i) => ({ id: `o${i}`, label: { id: `Opsi ${i}` } }));
    room.must(FACILITATOR, { type: 'configureVoteRound', roundId: 'r1', options });
    room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
    room.must(s9, { type: 'castDot', roundId: 'r1', optionId: 'o2' });

    const hidden = publicProjection(room.state);
    expect(hidden.voteRounds.r1).toMatchObject({ status: 'open', voters: 1, tally: null, myDots: null });
    expect(JSON.stringify(hidden.voteRounds)).not.toContain('S9');

    room.must(FACILITATOR, { type: 'closeVoteRound', roundId: 'r1' });
    room.must(FACILITATOR, { type: 'revealVoteRound', roundId: 'r1' });
    const revealed = publicProjection(room.state);
    expect(revealed.voteRounds.r1?.tally?.bySector.o2).toEqual({ government: 0, private: 0, civil_society: 1 });
    expect(JSON.stringify(revealed.voteRounds)).not.toContain('S9');
  });

  it('leaves the rest of the state as it is', () => {
    const room = new Room();
    room.join('S9', 'civil_society');
    expect(publicProjection(room.state).participants).toEqual(room.state.participants);
    expect(publicProjection(room.state).clauses).toBe(room.state.clauses);
  });

  it('keeps a recorded check\'s record but not its individual answers; an open check keeps them', () => {
    const room = new Room();
    const a = room.join('S1', 'civil_society');
    room.join('S2', 'government');
    room.goTo('consensus_check');
    agreeClause(room, a, 'PRODUK');
    const recorded = room.state.consensusChecks.k_PRODUK!;
    expect(Object.keys(recorded.answers)).toHaveLength(2);
    room.must(FACILITATOR, { type: 'proposeClause', clauseId: 'c2', versionId: 'c2v1', sectionCode: 'WAKTU', text: { id: 'Dua hari kerja' }, rationale: 'x', obligatedParty: 'provider' });
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'c2', status: 'under_discussion' });
    room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'k2', clauseId: 'c2', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    room.must(a, { type: 'answerConsensus', checkId: 'k2', level: 4 });

    const projected = publicProjection(room.state);
    const check = projected.consensusChecks.k_PRODUK!;
    expect(check.answers).toEqual({});
    expect(check.record).toEqual(recorded.record);
    expect(answerCount(check)).toBe(answerCount(recorded));
    expect(answerCount(check)).toBe(2);
    expect(Object.keys(projected.consensusChecks.k2!.answers)).toEqual([a]);
  });
});
