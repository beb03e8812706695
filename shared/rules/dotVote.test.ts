import { describe, expect, it } from 'vitest';
import type { ParticipantId } from '../schema/ids';
import { asParticipantId, asVoteOptionId, asVoteRoundId } from '../schema/ids';
import type { Sector } from '../schema/stakeholders';
import type { VoteRound } from './dotVote';
import { defaultDotBudget, dominantSector, projectVoteRound, refuseCastDot, refuseRemoveDot, tallyVoteRound, withDot } from './dotVote';

const A = asVoteOptionId('A');
const B = asVoteOptionId('B');
const C = asVoteOptionId('C');
const gov = asParticipantId('gov1');
const user = asParticipantId('user1');
const ngo = asParticipantId('ngo1');
const SECTORS: Record<string, Sector> = { gov1: 'government', user1: 'civil_society', ngo1: 'civil_society', clinic: 'private' };
const sectorOf = (id: ParticipantId) => SECTORS[id] ?? 'civil_society';

function round(overrides: Partial<VoteRound> = {}): VoteRound {
  return {
    id: asVoteRoundId('r1'),
    options: [A, B, C].map((id) => ({ id, label: { id } })),
    budgetPerPerson: 3,
    capPerOption: 2,
    visibility: 'hidden_until_reveal',
    status: 'open',
    dots: {},
    ...overrides,
  };
}

function cast(r: VoteRound, who: ParticipantId, ...options: typeof A[]): VoteRound {
  return options.reduce((acc, o) => withDot(acc, who, o, 1), r);
}

describe('dot budget', () => {
  it.each([
    [1, 1],
    [2, 1],
    [4, 1],
    [5, 2],
    [14, 5],
    [30, 10],
    [31, 10],
    [60, 10],
  ])('with %i options gives %i dots (round(N/3) clamped to 1..10)', (n, dots) => {
    expect(defaultDotBudget(n)).toBe(dots);
  });
});

describe('casting dots', () => {
  it('refuses a dot beyond the cap per option, even when budget remains', () => {
    const r = cast(round(), user, A, A);
    expect(refuseCastDot(r, user, A)).toEqual({ code: 'dot_cap_reached', cap: 2 });
    expect(refuseCastDot(r, user, B)).toBeNull();
  });

  it('refuses a dot beyond the budget', () => {
    const r = cast(round(), user, A, B, C);
    expect(refuseCastDot(r, user, A)).toEqual({ code: 'dot_budget_exhausted', budget: 3 });
  });

  it('refuses dots on unknown options and in rounds that are not open', () => {
    expect(refuseCastDot(round(), user, asVoteOptionId('Z'))).toEqual({ code: 'option_unknown' });
    expect(refuseCastDot(round({ status: 'draft' }), user, A)).toEqual({ code: 'round_not_open' });
    expect(refuseCastDot(round({ status: 'closed' }), user, A)).toEqual({ code: 'round_not_open' });
  });

  it('frees budget when a dot is removed, and refuses to remove a dot that is not there', () => {
    const full = cast(round(), user, A, B, C);
    const freed = withDot(full, user, C, -1);
    expect(refuseCastDot(freed, user, B)).toBeNull();
    expect(refuseRemoveDot(freed, user, C)).toEqual({ code: 'no_dot_to_remove' });
    expect(freed.dots[user]).toEqual({ A: 1, B: 1 });
  });
});

describe('tallies', () => {
  const voted = cast(cast(cast(round(), gov, A, A, B), user, A, C), ngo, B);

  it('counts dots per option in total and per sector, and voters per sector', () => {
    const tally = tallyVoteRound(voted, sectorOf);
    expect(tally.total).toEqual({ A: 3, B: 2, C: 1 });
    expect(tally.bySector.A).toEqual({ government: 2, private: 0, civil_society: 1 });
    expect(tally.bySector.B).toEqual({ government: 1, private: 0, civil_society: 1 });
    expect(tally.voters).toBe(3);
    expect(tally.votersBySector).toEqual({ government: 1, private: 0, civil_society: 2 });
    expect(tally.ranking).toEqual(['A', 'B', 'C']);
  });

  it('hides every tally and other people\'s dots before a hidden round is revealed', () => {
    const view = projectVoteRound(voted, sectorOf, user);
    expect(view.tally).toBeNull();
    expect(view.voters).toBe(3);
    expect(view.myDots).toEqual({ A: 1, C: 1 });
    expect(JSON.stringify(view)).not.toContain('gov1');
    const wall = projectVoteRound({ ...voted, status: 'closed' }, sectorOf, null);
    expect(wall.tally).toBeNull();
    expect(wall.myDots).toBeNull();
  });

  it('shows the tally after reveal, still without naming who placed which dot', () => {
    const view = projectVoteRound({ ...voted, status: 'revealed' }, sectorOf, null);
    expect(view.tally?.total).toEqual({ A: 3, B: 2, C: 1 });
    expect(JSON.stringify(view)).not.toContain('ngo1');
  });

  it('shows the tally live in an open-visibility round', () => {
    expect(projectVoteRound({ ...voted, visibility: 'open' }, sectorOf, null).tally?.total.A).toBe(3);
  });
});

describe('sector dominance', () => {
  it('flags an option whose dots come mostly from one sector, and not a mixed or empty one', () => {
    const r = cast(cast(round({ budgetPerPerson: 5, capPerOption: 3 }), gov, A, A, A, B), user, A, B);
    const tally = tallyVoteRound(r, sectorOf);
    expect(dominantSector(tally, A)).toBe('government'); // 3 of 4
    expect(dominantSector(tally, B)).toBeNull(); // 1 and 1
    expect(dominantSector(tally, C)).toBeNull(); // no dots
    expect(dominantSector(tally, A, 0.8)).toBeNull();
  });
});
