/**
 * Consensus checks on one clause version or on one section's "not applicable" question, and
 * their outcome. The decision rule and the
 * fallback are fixed when the check starts (Kaner ch. 22: agree on how you decide before you
 * deliberate), so nobody can change the rule once they see the answers.
 */
import type { ClauseId, ClauseVersionId, ConsensusCheckId, ParticipantId } from '../schema/ids';
import type { SectionCode } from '../schema/sections';
import type { Sector } from '../schema/stakeholders';
import { SECTORS } from '../schema/stakeholders';
import type { BilingualText } from '../schema/text';
import type { AnswerKind, ConsensusPresetId } from './consensusPresets';
import { ANSWER_KINDS } from './consensusPresets';

/**
 * - consensus: nobody disagrees, asks for more discussion or blocks;
 * - consensus_minus: up to `maxDissent` people may disagree (unanimity minus one or two);
 * - supermajority: at least `percent` of those taking a position support it.
 * Abstentions and stand-asides take no position. A block always blocks, under every rule:
 * that is what a block means; the fallback may then decide.
 */
export type DecisionRule =
  | { kind: 'consensus' }
  | { kind: 'consensus_minus'; maxDissent: 1 | 2 }
  | { kind: 'supermajority'; percent: number };

/**
 * What happens without consensus (charter-method.md §2.3): defer to a later session, a
 * majority of those taking a position, or a named person (e.g. the Kepala Dinas) decides.
 * Dissent is recorded whichever applies.
 */
export type Fallback = { kind: 'defer' } | { kind: 'majority' } | { kind: 'designated_decider'; deciderId: ParticipantId };

export const CONSENSUS_OUTCOMES = ['consensus', 'consensus_with_reservations', 'no_consensus', 'blocked', 'decided_by_fallback'] as const;
export type ConsensusOutcome = (typeof CONSENSUS_OUTCOMES)[number];

export interface ConsensusAnswer {
  participantId: ParticipantId;
  sector: Sector;
  /** The scale value, or null for an explicit stand-aside outside the scale. */
  level: number | null;
  kind: AnswerKind;
  reason?: string;
  enteredBy?: ParticipantId;
  at: string;
}

export interface MinorityReport {
  text: BilingualText;
  authorIds: ParticipantId[];
}

export interface ConsensusRecord {
  outcome: ConsensusOutcome;
  result: ConsensusResult;
  fallback?: { kind: Fallback['kind']; adopted: boolean };
  minorityReport?: MinorityReport;
  recordedBy: ParticipantId;
  recordedAt: string;
}

/**
 * The question a check asks besides a clause version: "Bagian X tidak berlaku karena ..." (a
 * required section is marked not applicable only by the room's consent).
 */
export interface NotApplicableQuestion {
  kind: 'section_not_applicable';
  sectionCode: SectionCode;
  reason: BilingualText;
}

/**
 * What a check asks the room: a clause version (`clauseId` + `clauseVersionId`, the shape every
 * check had before event format 6, so old logs read as they are), or a section's
 * not-applicable question (`subject`).
 */
export type ConsensusSubject =
  | { clauseId: ClauseId; clauseVersionId: ClauseVersionId; subject?: undefined }
  | { subject: NotApplicableQuestion; clauseId?: undefined; clauseVersionId?: undefined };

export type ConsensusCheck = ConsensusCheckFields & ConsensusSubject;

interface ConsensusCheckFields {
  id: ConsensusCheckId;
  preset: ConsensusPresetId;
  rule: DecisionRule;
  fallback: Fallback;
  /** Fewer answers than this is no consensus: a quiet room is not an agreeing room. */
  quorum: number;
  status: 'open' | 'recorded';
  answers: Record<string, ConsensusAnswer>;
  startedBy: ParticipantId;
  startedAt: string;
  record?: ConsensusRecord;
}

export type KindCounts = Record<AnswerKind, number>;

export interface ConsensusResult {
  outcome: Exclude<ConsensusOutcome, 'decided_by_fallback'>;
  counts: KindCounts;
  bySector: Record<Sector, KindCounts>;
  reservations: { participantId: ParticipantId; text?: string }[];
  standAsides: ParticipantId[];
  dissenters: ParticipantId[];
  blockers: { participantId: ParticipantId; reason?: string }[];
}

const zeroKinds = (): KindCounts => Object.fromEntries(ANSWER_KINDS.map((k) => [k, 0])) as KindCounts;

function countAnswers(answers: readonly ConsensusAnswer[]) {
  const counts = zeroKinds();
  const bySector = Object.fromEntries(SECTORS.map((s) => [s, zeroKinds()])) as Record<Sector, KindCounts>;
  for (const a of answers) {
    counts[a.kind] += 1;
    bySector[a.sector][a.kind] += 1;
  }
  return { counts, bySector };
}

const supporters = (c: KindCounts) => c.support + c.reservation;
const dissent = (c: KindCounts) => c.disagree + c.more_discussion;

function rulePasses(rule: DecisionRule, c: KindCounts): boolean {
  const positioned = supporters(c) + dissent(c);
  if (positioned === 0) return false; // everyone abstained or stood aside: nothing was agreed
  if (rule.kind === 'consensus') return dissent(c) === 0;
  if (rule.kind === 'consensus_minus') return dissent(c) <= rule.maxDissent;
  return (supporters(c) * 100) / positioned >= rule.percent;
}

function outcomeOf(check: ConsensusCheck, answers: readonly ConsensusAnswer[], c: KindCounts): ConsensusResult['outcome'] {
  if (answers.length < check.quorum) return 'no_consensus';
  if (c.block > 0) return 'blocked';
  if (!rulePasses(check.rule, c)) return 'no_consensus';
  const clean = c.reservation === 0 && c.stand_aside === 0 && dissent(c) === 0;
  return clean ? 'consensus' : 'consensus_with_reservations';
}

export function computeConsensusResult(check: ConsensusCheck): ConsensusResult {
  const answers = Object.values(check.answers);
  const { counts, bySector } = countAnswers(answers);
  const pick = (...kinds: AnswerKind[]) => answers.filter((a) => kinds.includes(a.kind));
  return {
    outcome: outcomeOf(check, answers, counts),
    counts,
    bySector,
    reservations: pick('reservation').map((a) => ({ participantId: a.participantId, text: a.reason })),
    standAsides: pick('stand_aside').map((a) => a.participantId),
    dissenters: pick('disagree', 'more_discussion').map((a) => a.participantId),
    blockers: pick('block').map((a) => ({ participantId: a.participantId, reason: a.reason })),
  };
}

/** The majority fallback: more supporters than opponents (blocks count as opponents). */
export function majorityAdopts(result: ConsensusResult): boolean {
  const against = dissent(result.counts) + result.counts.block;
  return supporters(result.counts) > against;
}

/** Outcomes that let a clause become agreed. */
export function outcomeAllowsAgreement(record: ConsensusRecord, withReservations: boolean): boolean {
  if (record.outcome === 'consensus') return true;
  if (record.outcome === 'decided_by_fallback') return record.fallback?.adopted === true;
  return withReservations && record.outcome === 'consensus_with_reservations';
}
