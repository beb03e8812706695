import { describe, expect, it } from 'vitest';
import type { VoteRoundView } from '../../../../shared/rules/dotVote';
import type { Participant } from '../../../../shared/schema/participants';
import type { StakeholderCard } from '../../../../shared/schema/stakeholderCard';
import { representationWarnings } from './representationWarnings';

const person = (id: string, sector: Participant['sector'], role: Participant['role'] = 'participant') =>
  ({ id, sector, role, revoked: false, displayName: id, joinedAt: '' }) as Participant;
const card = (id: string, sector: StakeholderCard['sector'], power: number, interest: number) => ({ id, sector, power, interest }) as StakeholderCard;

describe('representation warnings', () => {
  const everyone = [person('g', 'government'), person('p', 'private'), person('c', 'civil_society')];

  it('says nothing when all three pillars are present and the grid is mixed', () => {
    const out = representationWarnings({
      participants: everyone,
      onlineIds: new Set(['g', 'p', 'c']),
      stakeholders: [card('s1', 'government', 5, 5), card('s9', 'civil_society', 4, 5)],
      rounds: [],
    });
    expect(out).toEqual([]);
  });

  it('flags a sector whose people are all offline or never joined; facilitators do not count', () => {
    const out = representationWarnings({
      participants: [...everyone, person('f', null, 'facilitator')],
      onlineIds: new Set(['g', 'c', 'f']),
      stakeholders: [],
      rounds: [],
    });
    expect(out).toEqual([{ code: 'sector_absent', sector: 'private', joined: 1 }]);
  });

  it('flags a key-player quadrant that is only government', () => {
    const out = representationWarnings({ participants: everyone, onlineIds: null, stakeholders: [card('s1', 'government', 5, 5), card('s9', 'civil_society', 1, 5)], rounds: [] });
    expect(out).toEqual([{ code: 'key_players_government' }]);
  });

  it('flags a revealed top clause whose dots came mostly from one sector', () => {
    const round = {
      id: 'r1',
      tally: { total: { a: 4 }, bySector: { a: { government: 0, private: 0, civil_society: 4 } }, ranking: ['a'] },
    } as unknown as VoteRoundView;
    const out = representationWarnings({ participants: everyone, onlineIds: null, stakeholders: [], rounds: [round] });
    expect(out).toEqual([{ code: 'sector_dominates', sector: 'civil_society', roundId: 'r1', optionId: 'a' }]);
  });
});
