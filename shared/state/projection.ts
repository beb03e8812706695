/**
 * The public projection of the decisions state: what the server writes into the read-only
 * decisions Yjs document that every client in the room syncs. One document serves everyone,
 * so nothing viewer-specific may be in it: unrevealed dot votes are reduced to their
 * configuration and the number of voters, and individual dots never appear (a participant
 * gets their own dots from `projectVoteRound(round, sectorOf, me)` in a command response).
 *
 * A recorded consensus check keeps its record (outcome, counts per kind and sector, who
 * reserved, dissented or blocked, with reasons) but not its individual answers: those are the
 * bulk of a day's document (about 9 KB per check in a room of 60, most of what a late joiner
 * downloads) and nothing on a screen reads them once the check is recorded. The event log and
 * the server's state keep every answer for the records and the minutes.
 */
import type { VoteRoundView } from '../rules/dotVote';
import { projectVoteRound } from '../rules/dotVote';
import type { ConsensusAnswer } from '../rules/consensus';
import { emptyRecord, recordFrom } from '../schema/records';
import type { Participant } from '../schema/participants';
import type { WorkshopState } from './workshopState';
import { sectorOf } from './workshopState';

/** A participant as everyone in the room sees them: without the hash of their device. */
export type PublicParticipant = Omit<Participant, 'deviceHash'>;

export type PublicWorkshopState = Omit<WorkshopState, 'voteRounds' | 'participants'> & {
  voteRounds: Record<string, VoteRoundView>;
  participants: Record<string, PublicParticipant>;
};

export function publicProjection(state: WorkshopState): PublicWorkshopState {
  const sectors = sectorOf(state);
  // recordFrom, not Object.fromEntries: the projection keeps the state's null-prototype records.
  const voteRounds = recordFrom(Object.entries(state.voteRounds).map(([id, round]) => [id, projectVoteRound(round, sectors, null)] as const));
  const participants = recordFrom(Object.entries(state.participants).map(([id, { deviceHash: _device, ...person }]) => [id, person] as const));
  const consensusChecks = recordFrom(Object.entries(state.consensusChecks).map(([id, check]) => [id, check.record ? { ...check, answers: emptyRecord<ConsensusAnswer>() } : check] as const));
  return { ...state, voteRounds, participants, consensusChecks };
}
