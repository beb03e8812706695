import { describe, expect, it } from 'vitest';
import { FACILITATOR, Room } from '../testing/workshopKit';
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
});
