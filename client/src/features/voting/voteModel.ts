/** Pure helpers for dot-vote screens. */
import { dominantSector, type VoteRoundView, type VoteTally } from '../../../../shared/rules/dotVote';
import type { Participant } from '../../../../shared/schema/participants';
import type { Sector } from '../../../../shared/schema/stakeholders';
import { entryOf } from '../../../../shared/schema/records';
import { compareTimes } from '../common/timeOrder';

const STATUS_ORDER = { open: 0, closed: 1, revealed: 2, draft: 3 } as const;

/**
 * The round the room is looking at: an open one first, then one waiting to be revealed, then
 * the latest revealed, then a draft. (A revealed round keeps its `revealedAt` in the projection.)
 */
export function currentRound(rounds: readonly VoteRoundView[]): VoteRoundView | undefined {
  return [...rounds].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareTimes(b.revealedAt ?? '', a.revealedAt ?? ''))[0];
}

/** People whose dots count: active participants with a sector. */
export function eligibleVoters(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => !p.revoked && p.role === 'participant' && p.sector !== null);
}

/** The top options (with dots) where one sector supplied most of the dots. */
export function dominatedTopOptions(tally: VoteTally, top = 3): { optionId: string; sector: Sector }[] {
  return tally.ranking
    .filter((id) => (entryOf(tally.total, id) ?? 0) > 0)
    .slice(0, top)
    .flatMap((optionId) => {
      const sector = dominantSector(tally, optionId);
      return sector ? [{ optionId, sector }] : [];
    });
}

/** Default number of options to pre-select: every clause still open for discussion. */
export const VOTABLE_STATUSES = ['proposed', 'under_discussion', 'deferred'] as const;
