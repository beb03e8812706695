import type { Command } from '../../../shared/commands/commandSchema';
import type { DecisionRule, Fallback } from '../../../shared/rules/consensus';
import type { ConsensusPresetId } from '../../../shared/rules/consensusPresets';
import type { ClauseId, ConsensusCheckId, ParticipantId } from '../../../shared/schema/ids';
import type { SectionCode } from '../../../shared/schema/sections';
import type { Sector } from '../../../shared/schema/stakeholders';
import { newRecordId } from './newRecordId';

/** The room's check on "Bagian X tidak berlaku karena <reason>". */
export function startNotApplicableCheck(
  sectionCode: SectionCode,
  reason: string,
  preset: ConsensusPresetId,
  rule: DecisionRule,
  fallback: Fallback,
  quorum?: number,
  sectorQuorumPercent?: number,
): Command {
  return { type: 'startNotApplicableCheck', sectionCode, reason: { id: reason.trim() }, ...checkRule(preset, rule, fallback, quorum, sectorQuorumPercent) };
}

export function startConsensusCheck(
  clauseId: string,
  preset: ConsensusPresetId,
  rule: DecisionRule,
  fallback: Fallback,
  quorum?: number,
  sectorQuorumPercent?: number,
): Command {
  return { type: 'startConsensusCheck', clauseId: clauseId as ClauseId, ...checkRule(preset, rule, fallback, quorum, sectorQuorumPercent) };
}

/** What every check fixes at its start, whatever it asks: a fresh id, the scale, rule, quorums and fallback. */
function checkRule(preset: ConsensusPresetId, rule: DecisionRule, fallback: Fallback, quorum?: number, sectorQuorumPercent?: number) {
  return {
    checkId: newRecordId<ConsensusCheckId>(),
    preset,
    rule,
    fallback,
    ...(quorum ? { quorum } : {}),
    ...(sectorQuorumPercent ? { sectorQuorumPercent } : {}),
  };
}

/** A level of the scale, or a stand-aside outside it; a reason is sent only when written. */
export function answerConsensus(checkId: string, answer: { level: number } | { standAside: true }, reason: string): Command {
  const why = reason.trim() ? { reason: reason.trim() } : {};
  const choice = 'level' in answer ? { level: answer.level } : { level: null, standAside: true };
  return { type: 'answerConsensus', checkId: checkId as ConsensusCheckId, ...choice, ...why };
}

export interface OutcomeInput {
  useFallback?: { adopted?: boolean };
  minorityReport?: { text: string; authorIds: string[] };
}

/** Closes a check that did not reach its quorum, as "no consensus" (nothing else may be recorded). */
export const closeCheckWithoutQuorum = (checkId: string): Command => ({
  type: 'recordConsensusOutcome',
  checkId: checkId as ConsensusCheckId,
  closeWithoutQuorum: true,
});

export function recordConsensusOutcome(checkId: string, input: OutcomeInput): Command {
  const report = input.minorityReport;
  return {
    type: 'recordConsensusOutcome',
    checkId: checkId as ConsensusCheckId,
    ...(input.useFallback ? { useFallback: input.useFallback } : {}),
    ...(report?.text.trim() && report.authorIds.length
      ? { minorityReport: { text: { id: report.text.trim() }, authorIds: report.authorIds as ParticipantId[] } }
      : {}),
  };
}

/** Paper consensus cards of one sector (format 7): only the levels with cards are sent. */
export function enterPaperCards(checkId: string, sector: Sector, participants: number, counts: Record<number, number>): Command {
  return {
    type: 'enterPaperCards',
    checkId: checkId as ConsensusCheckId,
    sector,
    participants,
    counts: Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([level, count]) => ({ level: Number(level), count })),
  };
}
