/**
 * Lookups for the vote-round read routes (`/rounds/:roundId/mine`, `/voters`). Ids in a URL are
 * data, never keys into prototypes (design.md §Architecture 9): they must fit the shared id
 * pattern, and the round is an own entry of the state, so `/rounds/__proto__/mine` is a 404 and
 * never a 500.
 */
import type { VoteRound } from '../../shared/rules/dotVote';
import type { ParticipantId } from '../../shared/schema/ids';
import { asParticipantId, isRecordId } from '../../shared/schema/ids';
import { entryOf } from '../../shared/schema/records';
import type { WorkshopState } from '../../shared/state/workshopState';
import { HttpError } from './json';

export function roundOr404(state: WorkshopState, roundId: string | undefined): VoteRound {
  const round = roundId !== undefined && isRecordId(roundId) ? entryOf(state.voteRounds, roundId) : undefined;
  if (!round) throw new HttpError(404, 'round_not_found', 'no such vote round');
  return round;
}

/** A participant id from a query parameter: 422 when it cannot be an id at all. */
export function participantIdParam(value: string, name: string): ParticipantId {
  if (!isRecordId(value)) throw new HttpError(422, 'invalid_request', `${name} is not a participant id`);
  return asParticipantId(value);
}
