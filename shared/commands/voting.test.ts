import { describe, expect, it } from 'vitest';
import { projectVoteRound } from '../rules/dotVote';
import { sectorOf } from '../state/workshopState';
import { FACILITATOR, Room } from '../testing/workshopKit';

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i + 1}`, label: { id: `Opsi ${i + 1}` } }));

function votingRoom(n = 14, extra: Record<string, unknown> = {}) {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  const s2 = room.join('S2', 'government');
  const s5 = room.join('S5', 'private');
  room.goTo('dot_vote');
  room.must(FACILITATOR, { type: 'configureVoteRound', roundId: 'r1', options: options(n), ...extra });
  return { room, s9, s2, s5 };
}

const dot = (optionId: string) => ({ type: 'castDot', roundId: 'r1', optionId });

describe('configuring a dot-vote round', () => {
  it('defaults to round(N/3) dots, 2 per option, hidden until reveal: 14 options give 5 dots', () => {
    const { room } = votingRoom(14);
    expect(room.state.voteRounds.r1).toMatchObject({ budgetPerPerson: 5, capPerOption: 2, visibility: 'hidden_until_reveal', status: 'draft' });
  });

  it('caps the default per option at the budget when the budget is 1', () => {
    const { room } = votingRoom(3);
    expect(room.state.voteRounds.r1).toMatchObject({ budgetPerPerson: 1, capPerOption: 1 });
  });

  it('refuses duplicate options, a cap above the budget, and an identical reconfiguration', () => {
    const { room } = votingRoom(6);
    const dup = [...options(2), options(1)[0]];
    expect(room.run(FACILITATOR, { type: 'configureVoteRound', roundId: 'r2', options: dup })).toMatchObject({ status: 422, code: 'duplicate_option' });
    expect(room.run(FACILITATOR, { type: 'configureVoteRound', roundId: 'r2', options: options(6), budgetPerPerson: 2, capPerOption: 3 })).toMatchObject({ code: 'cap_exceeds_budget' });
    expect(room.run(FACILITATOR, { type: 'configureVoteRound', roundId: 'r1', options: options(6) })).toMatchObject({ status: 409, code: 'round_unchanged' });
  });

  it('takes no new options once the round is open', () => {
    const { room } = votingRoom(6);
    room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
    expect(room.run(FACILITATOR, { type: 'configureVoteRound', roundId: 'r1', options: options(7) })).toMatchObject({ status: 409, code: 'round_already_open' });
    expect(room.run(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' })).toMatchObject({ code: 'round_not_draft' });
  });
});

describe('casting dots through commands', () => {
  it('refuses dots before the round opens', () => {
    const { room, s9 } = votingRoom();
    expect(room.run(s9, dot('o1'))).toMatchObject({ status: 409, code: 'round_not_open' });
  });

  it('refuses the same dot replayed beyond the cap, and any dot beyond the budget', () => {
    const { room, s9 } = votingRoom(14);
    room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
    room.must(s9, dot('o1'));
    room.must(s9, dot('o1'));
    expect(room.run(s9, dot('o1'))).toMatchObject({ status: 409, code: 'dot_cap_reached', params: { cap: 2 } });
    for (const o of ['o2', 'o3', 'o4']) room.must(s9, dot(o));
    expect(room.run(s9, dot('o5'))).toMatchObject({ status: 409, code: 'dot_budget_exhausted', params: { budget: 5 } });
    expect(room.run(s9, dot('o99'))).toMatchObject({ status: 404, code: 'option_unknown' });
  });

  it('lets a voter take a dot back, but not one they never placed', () => {
    const { room, s9 } = votingRoom();
    room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
    room.must(s9, dot('o1'));
    room.must(s9, { type: 'removeDot', roundId: 'r1', optionId: 'o1' });
    expect(room.run(s9, { type: 'removeDot', roundId: 'r1', optionId: 'o1' })).toMatchObject({ code: 'no_dot_to_remove' });
  });

  it('counts a dot entered by the facilitator for a participant as that participant\'s', () => {
    const { room, s5 } = votingRoom();
    room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
    room.must(FACILITATOR, dot('o2'), s5);
    expect(room.state.voteRounds.r1?.dots.S5).toEqual({ o2: 1 });
  });

  it('hides the tally until the closed round is revealed, then shows it per sector', () => {
    const { room, s9, s2, s5 } = votingRoom();
    room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
    room.must(s9, dot('o1'));
    room.must(s2, dot('o1'));
    room.must(s5, dot('o2'));
    const view = () => projectVoteRound(room.state.voteRounds.r1!, sectorOf(room.state), null);
    expect(view().tally).toBeNull();
    expect(room.run(FACILITATOR, { type: 'revealVoteRound', roundId: 'r1' })).toMatchObject({ code: 'round_not_closed' });
    room.must(FACILITATOR, { type: 'closeVoteRound', roundId: 'r1' });
    expect(room.run(s9, dot('o3'))).toMatchObject({ code: 'round_not_open' });
    expect(view().tally).toBeNull();
    room.must(FACILITATOR, { type: 'revealVoteRound', roundId: 'r1' });
    expect(view().tally?.bySector.o1).toEqual({ government: 1, private: 0, civil_society: 1 });
    expect(view().tally?.total.o2).toBe(1);
  });
});
