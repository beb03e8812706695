import { describe, expect, it } from 'vitest';
import type { VoteRoundView, VoteTally } from '../../../../shared/rules/dotVote';
import type { Participant } from '../../../../shared/schema/participants';
import { currentRound, dominatedTopOptions, eligibleVoters } from './voteModel';

const view = (id: string, status: VoteRoundView['status']) => ({ id, status }) as VoteRoundView;

describe('vote model', () => {
  it('the current round is the open one, else the one awaiting reveal, else the revealed one', () => {
    expect(currentRound([view('a', 'revealed'), view('b', 'open'), view('c', 'draft')])?.id).toBe('b');
    expect(currentRound([view('a', 'revealed'), view('c', 'closed')])?.id).toBe('c');
    expect(currentRound([])).toBeUndefined();
    // Of several revealed rounds, the latest.
    const revealed = (id: string, at: string) => ({ ...view(id, 'revealed'), revealedAt: at });
    expect(currentRound([revealed('a', '2026-01-15T09:00:00Z'), revealed('b', '2026-01-15T10:00:00Z')])?.id).toBe('b');
  });

  it('only active participants with a sector are counted as voters', () => {
    const p = (id: string, role: Participant['role'], sector: Participant['sector'], revoked = false) => ({ id, role, sector, revoked }) as Participant;
    const people = [p('a', 'participant', 'private'), p('b', 'facilitator', null), p('c', 'participant', 'government', true), p('d', 'observer', 'civil_society')];
    expect(eligibleVoters(people).map((x) => x.id)).toEqual(['a']);
  });

  it('flags a top option whose dots came mostly from one sector', () => {
    const tally = {
      total: { k1: 5, k2: 4, k3: 0 },
      bySector: {
        k1: { government: 4, private: 1, civil_society: 0 },
        k2: { government: 2, private: 1, civil_society: 1 },
        k3: { government: 0, private: 0, civil_society: 0 },
      },
      ranking: ['k1', 'k2', 'k3'],
    } as unknown as VoteTally;
    expect(dominatedTopOptions(tally)).toEqual([{ optionId: 'k1', sector: 'government' }]);
  });
});
