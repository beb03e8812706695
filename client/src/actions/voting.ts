import type { Command } from '../../../shared/commands/commandSchema';
import type { Clause } from '../../../shared/schema/clauses';
import { clauseLabel, currentVersion } from '../../../shared/schema/clauses';
import type { VoteVisibility } from '../../../shared/rules/dotVote';
import type { Sector } from '../../../shared/schema/stakeholders';
import type { ClauseId, VoteOptionId, VoteRoundId } from '../../../shared/schema/ids';
import { newRecordId } from './newRecordId';

export interface RoundSettings {
  title: string;
  budgetPerPerson: number;
  capPerOption: number;
  visibility: VoteVisibility;
}

const LABEL_CHARS = 160;

/** A dot-vote round whose options are clauses, labelled "K5: Akta selesai…". */
/** Vote options name each clause by its stable number, so the tally and the board say the same "K7". */
export function configureClauseRound(clauses: readonly Clause[], settings: RoundSettings): Command {
  return {
    type: 'configureVoteRound',
    roundId: newRecordId<VoteRoundId>(),
    ...(settings.title.trim() ? { title: { id: settings.title.trim() } } : {}),
    options: clauses.map((c) => ({
      id: newRecordId<VoteOptionId>(),
      clauseId: c.id as ClauseId,
      label: { id: `${clauseLabel(c)}: ${currentVersion(c).text.id}`.slice(0, LABEL_CHARS) },
    })),
    budgetPerPerson: settings.budgetPerPerson,
    capPerOption: settings.capPerOption,
    visibility: settings.visibility,
  };
}

const round = (type: 'openVoteRound' | 'closeVoteRound' | 'revealVoteRound') => (roundId: string): Command => ({ type, roundId: roundId as VoteRoundId });
export const openRound = round('openVoteRound');
export const closeRound = round('closeVoteRound');
export const revealRound = round('revealVoteRound');

export const castDot = (roundId: string, optionId: string): Command => ({ type: 'castDot', roundId: roundId as VoteRoundId, optionId: optionId as VoteOptionId });
export const removeDot = (roundId: string, optionId: string): Command => ({ type: 'removeDot', roundId: roundId as VoteRoundId, optionId: optionId as VoteOptionId });

/** Paper dots (format 7): the facilitator's own entries, never on behalf of someone. */
export const declarePaperVoters = (roundId: string, sector: Sector, voters: number): Command => ({ type: 'declarePaperVoters', roundId: roundId as VoteRoundId, sector, voters });
export const enterPaperDots = (roundId: string, optionId: string, sector: Sector, dots: number): Command => ({
  type: 'enterPaperDots',
  roundId: roundId as VoteRoundId,
  optionId: optionId as VoteOptionId,
  sector,
  dots,
});
