/**
 * Consensus checks on one clause version or on one section's "not applicable" question, and
 * their outcome. The decision rule and the
 * fallback are fixed when the check starts (Kaner ch. 22: agree on how you decide before you
 * deliberate), so nobody can change the rule once they see the answers.
 */
import type { ClauseId, ClauseVersionId, ConsensusCheckId, ParticipantId } from '../schema/ids';
import type { SectionCode } from '../schema/sections';
import type { Participant } from '../schema/participants';
import type { Sector } from '../schema/stakeholders';
import { SECTOR_LABELS, SECTORS } from '../schema/stakeholders';
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

/**
 * Format 6: the decision rule also holds per sector. At the start the check records how many
 * eligible members (active participants with a sector) each sector had; those sectors are
 * "present", and in each of them the rule must hold and at least `quorumPercent` of its members
 * must answer. A sector with no eligible members at the start is not present.
 */
export interface SectorRule {
  members: Partial<Record<Sector, number>>;
  /** Share of each present sector's members that must answer, 1-100 (default 50). */
  quorumPercent: number;
}

/** Default share of each present sector's members that must answer. */
export const DEFAULT_SECTOR_QUORUM_PERCENT = 50;

/** The users' sector: a block from it is named in the result (it blocks like any block). */
export const USERS_SECTOR: Sector = 'civil_society';

interface ConsensusCheckFields {
  id: ConsensusCheckId;
  preset: ConsensusPresetId;
  rule: DecisionRule;
  fallback: Fallback;
  /** Fewer answers than this is no consensus: a quiet room is not an agreeing room. */
  quorum: number;
  /**
   * The per-sector part of the rule, fixed at start. Null for checks started before format 6:
   * they are counted per person only, as they were when they ran.
   */
  sectors: SectorRule | null;
  status: 'open' | 'recorded';
  answers: Record<string, ConsensusAnswer>;
  /** Paper consensus cards per sector (format 7); absent when nobody answered on paper. */
  paper?: Partial<Record<Sector, PaperCards>>;
  startedBy: ParticipantId;
  startedAt: string;
  record?: ConsensusRecord;
}

/**
 * Paper consensus cards of one sector (format 7): how many people in the sector take part on
 * paper (no phone), and how many cards were raised for each level of the check's scale. The
 * latest entry for a sector replaces the one before (a correction).
 *
 * How paper counts in the rule (written down in docs/facilitator-guide.md as well):
 * - Paper participants are members of their sector for this check: the sector's eligible
 *   members are the device members snapshotted at the start (`sectors.members`) plus the
 *   declared paper participants. The snapshot itself is never changed (it is the fixed part
 *   of the rule); the paper declaration is added to it when the result is computed.
 * - A sector with no device members at the start becomes present once it has paper
 *   participants: the rule and its quorum must then hold there too.
 * - Every card is an answer: it counts toward the check's overall quorum (answers), toward the
 *   sector quorum (`quorumPercent` of device + paper members), and in the rule by its kind.
 *   A declared paper participant without a card is a member who did not answer.
 * - A paper block blocks like any block; from the users' sector it stands against every
 *   fallback. Its reason is said aloud and belongs in the minutes or a minority report.
 * - Cards can never outnumber the declared paper participants of their sector.
 */
export interface PaperCards {
  participants: number;
  /** One count per level of the check's scale that was raised, with the level's kind. */
  counts: PaperCardCount[];
  /** The facilitator who entered (or last corrected) it. */
  enteredBy: ParticipantId;
  at: string;
}

export interface PaperCardCount {
  level: number;
  kind: AnswerKind;
  count: number;
}

/** How much of a result came from paper cards (format 7), already included in its counts. */
export interface PaperResult {
  /** Declared paper participants, over all sectors. */
  participants: number;
  /** Paper cards, over all sectors. */
  answers: number;
  bySector: Partial<Record<Sector, { participants: number; answers: number }>>;
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
  /** A member of the users' sector blocked (absent in records written before format 6). */
  blockedByUsers?: boolean;
  /** One entry per present sector, in SECTORS order (absent in records before format 6). */
  sectors?: SectorResult[];
  /** The paper cards' share of the counts above (format 7; absent without paper). */
  paper?: PaperResult;
}

/** How one present sector answered, and whether the rule and the sector quorum held there. */
export interface SectorResult {
  sector: Sector;
  /** Eligible members when the check started, plus the sector's declared paper participants. */
  members: number;
  /** Of `members` and `answers`, those on paper (format 7; absent without paper in the sector). */
  paperMembers?: number;
  paperAnswers?: number;
  answers: number;
  supporters: number;
  dissent: number;
  blocks: number;
  quorumNeeded: number;
  quorumHeld: boolean;
  ruleHeld: boolean;
}

const zeroKinds = (): KindCounts => Object.fromEntries(ANSWER_KINDS.map((k) => [k, 0])) as KindCounts;

function countAnswers(answers: readonly ConsensusAnswer[], paper: ConsensusCheck['paper']) {
  const counts = zeroKinds();
  const bySector = Object.fromEntries(SECTORS.map((s) => [s, zeroKinds()])) as Record<Sector, KindCounts>;
  for (const a of answers) {
    counts[a.kind] += 1;
    bySector[a.sector][a.kind] += 1;
  }
  for (const sector of SECTORS) {
    for (const c of paper?.[sector]?.counts ?? []) {
      counts[c.kind] += c.count;
      bySector[sector][c.kind] += c.count;
    }
  }
  return { counts, bySector };
}

export const paperCardTotal = (cards: Pick<PaperCards, 'counts'> | undefined): number => (cards?.counts ?? []).reduce((sum, c) => sum + c.count, 0);

/** Declared paper participants and their cards, per sector and in all; null without paper. */
export function paperResultOf(check: Pick<ConsensusCheck, 'paper'>): PaperResult | null {
  const bySector: PaperResult['bySector'] = {};
  let participants = 0;
  let answers = 0;
  for (const sector of SECTORS) {
    const cards = check.paper?.[sector];
    if (!cards || (cards.participants === 0 && paperCardTotal(cards) === 0)) continue;
    bySector[sector] = { participants: cards.participants, answers: paperCardTotal(cards) };
    participants += cards.participants;
    answers += paperCardTotal(cards);
  }
  return participants > 0 || answers > 0 ? { participants, answers, bySector } : null;
}

/**
 * Every answer a check holds: one per device answer, one per paper card. A recorded check is
 * counted from its record, which is all the public projection keeps of it (its individual
 * answers are left out of the decisions document; see `publicProjection`).
 */
export function answerCount(check: Pick<ConsensusCheck, 'answers' | 'paper' | 'record'>): number {
  if (check.record) return ANSWER_KINDS.reduce((sum, k) => sum + (check.record!.result.counts[k] ?? 0), 0);
  return Object.keys(check.answers).length + SECTORS.reduce((sum, s) => sum + paperCardTotal(check.paper?.[s]), 0);
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

/**
 * Who may answer a check, counted per sector: active participants with a sector and the
 * participant role (the only role that answers, in person or through a facilitator).
 */
export function eligibleMembersBySector(participants: Iterable<Pick<Participant, 'revoked' | 'role' | 'sector'>>): SectorRule['members'] {
  const members: SectorRule['members'] = {};
  for (const p of participants) {
    if (p.revoked || p.role !== 'participant' || !p.sector) continue;
    members[p.sector] = (members[p.sector] ?? 0) + 1;
  }
  return members;
}

/** Answers a present sector needs: `percent` of its members, rounded up, and at least one. */
export function sectorQuorumNeeded(members: number, percent: number): number {
  return Math.max(1, Math.ceil((members * percent) / 100));
}

const answered = (c: KindCounts) => ANSWER_KINDS.reduce((sum, k) => sum + c[k], 0);

function sectorResults(check: ConsensusCheck, bySector: Record<Sector, KindCounts>): SectorResult[] {
  const rule = check.sectors;
  if (!rule) return [];
  return SECTORS.flatMap((sector) => {
    // Paper participants are members of their sector for this check (see `PaperCards`).
    const paper = check.paper?.[sector];
    const paperMembers = paper?.participants ?? 0;
    const members = (rule.members[sector] ?? 0) + paperMembers;
    if (members <= 0) return [];
    const c = bySector[sector];
    const quorumNeeded = sectorQuorumNeeded(members, rule.quorumPercent);
    const answers = answered(c);
    return [
      {
        sector,
        members,
        ...(paper && paperMembers > 0 ? { paperMembers, paperAnswers: paperCardTotal(paper) } : {}),
        answers,
        supporters: supporters(c),
        dissent: dissent(c),
        blocks: c.block,
        quorumNeeded,
        quorumHeld: answers >= quorumNeeded,
        // A sector whose only positions are dissent has not agreed, whatever the dissent limit.
        ruleHeld: c.block === 0 && supporters(c) > 0 && rulePasses(check.rule, c),
      },
    ];
  });
}

function outcomeOf(check: ConsensusCheck, c: KindCounts, sectors: readonly SectorResult[]): ConsensusResult['outcome'] {
  if (answerCount(check) < check.quorum) return 'no_consensus';
  if (c.block > 0) return 'blocked';
  if (!rulePasses(check.rule, c)) return 'no_consensus';
  if (sectors.some((s) => !s.quorumHeld || !s.ruleHeld)) return 'no_consensus';
  const clean = c.reservation === 0 && c.stand_aside === 0 && dissent(c) === 0;
  return clean ? 'consensus' : 'consensus_with_reservations';
}

/**
 * The outcome of any check that has answers, a rule, a quorum and a sector snapshot: the rule
 * must hold overall and, when the check has a sector rule, in every present sector, each with
 * its quorum. A block blocks under every rule.
 */
export function computeConsensusResult(check: ConsensusCheck): ConsensusResult {
  const answers = Object.values(check.answers);
  const { counts, bySector } = countAnswers(answers, check.paper);
  const sectors = sectorResults(check, bySector);
  const paper = paperResultOf(check);
  const pick = (...kinds: AnswerKind[]) => answers.filter((a) => kinds.includes(a.kind));
  return {
    outcome: outcomeOf(check, counts, sectors),
    counts,
    bySector,
    reservations: pick('reservation').map((a) => ({ participantId: a.participantId, text: a.reason })),
    standAsides: pick('stand_aside').map((a) => a.participantId),
    dissenters: pick('disagree', 'more_discussion').map((a) => a.participantId),
    blockers: pick('block').map((a) => ({ participantId: a.participantId, reason: a.reason })),
    ...(check.sectors ? { blockedByUsers: bySector[USERS_SECTOR].block > 0, sectors } : {}),
    ...(paper ? { paper } : {}),
  };
}

/**
 * The majority fallback: more supporters than opponents (blocks count as opponents), and, for
 * checks with a per-sector rule, in every sector that took a position, with no users' block.
 */
export function majorityAdopts(result: ConsensusResult): boolean {
  const against = dissent(result.counts) + result.counts.block;
  if (supporters(result.counts) <= against) return false;
  // Per party, not per head (format 6): a users' block stands, and no sector that took a
  // position may be outvoted by the others.
  if (result.blockedByUsers) return false;
  return (result.sectors ?? []).every((s) => s.supporters + s.dissent + s.blocks === 0 || s.supporters > s.dissent + s.blocks);
}

/**
 * A block from the users' side (civil society) stands: no fallback adopts the clause over it,
 * neither the majority nor a designated official (issue 15: "any block from the users' side
 * blocks"). Records before format 6 have no `blockedByUsers` and are read as they were.
 */
export function usersBlockStands(result: ConsensusResult): boolean {
  return result.blockedByUsers === true;
}

/** Outcomes that let a clause become agreed. */
export function outcomeAllowsAgreement(record: ConsensusRecord, withReservations: boolean): boolean {
  if (record.outcome === 'consensus') return true;
  if (record.outcome === 'decided_by_fallback') return record.fallback?.adopted === true;
  return withReservations && record.outcome === 'consensus_with_reservations';
}

/** Supporters a sector of `members` needs under `rule` when every member takes a position. */
export function supportNeeded(rule: DecisionRule, members: number): number {
  if (rule.kind === 'consensus') return members;
  if (rule.kind === 'consensus_minus') return Math.max(1, members - rule.maxDissent);
  return Math.max(1, Math.ceil((members * rule.percent) / 100));
}

/** What the rule asks of one present sector, shown before the check starts. */
export interface SectorRulePreview {
  sector: Sector;
  members: number;
  supportNeeded: number;
  quorumNeeded: number;
}

/** The rule for this room, sector by sector, for the sectors that have eligible members. */
export function previewSectorRule(rule: DecisionRule, sectors: SectorRule): SectorRulePreview[] {
  return SECTORS.flatMap((sector) => {
    const members = sectors.members[sector] ?? 0;
    if (members <= 0) return [];
    return [{ sector, members, supportNeeded: supportNeeded(rule, members), quorumNeeded: sectorQuorumNeeded(members, sectors.quorumPercent) }];
  });
}

/** e.g. "Setidaknya 2 dari 3 anggota Masyarakat harus mendukung (...), dan setidaknya 2 harus menjawab." */
export function describeSectorPreview(p: SectorRulePreview): BilingualText {
  const label = SECTOR_LABELS[p.sector];
  return {
    id: `Setidaknya ${p.supportNeeded} dari ${p.members} anggota ${label.id} harus mendukung (bila semua menyatakan sikap), dan setidaknya ${p.quorumNeeded} harus menjawab.`,
    en: `At least ${p.supportNeeded} of the ${p.members} ${label.en} members must support (if all take a position), and at least ${p.quorumNeeded} must answer.`,
  };
}

/** One line per sector of a recorded result, e.g. "Masyarakat: 1 dari 3 mendukung — aturan tidak terpenuhi". */
export function describeSectorResult(r: SectorResult): BilingualText {
  const label = SECTOR_LABELS[r.sector];
  const paper = r.paperMembers ? { id: ` (termasuk ${r.paperMembers} peserta dengan kartu kertas)`, en: ` (including ${r.paperMembers} on paper cards)` } : { id: '', en: '' };
  const head = { id: `${label.id}: ${r.supporters} dari ${r.members} mendukung${paper.id}`, en: `${label.en}: ${r.supporters} of ${r.members} support${paper.en}` };
  const verdict = !r.quorumHeld
    ? { id: `kuorum sektor tidak tercapai (${r.answers} menjawab, perlu ${r.quorumNeeded})`, en: `sector quorum not reached (${r.answers} answered, ${r.quorumNeeded} needed)` }
    : r.blocks > 0
      ? { id: `${r.blocks} menolak (blok)`, en: `${r.blocks} blocked` }
      : r.ruleHeld
        ? { id: 'aturan terpenuhi', en: 'rule met' }
        : { id: 'aturan tidak terpenuhi', en: 'rule not met' };
  return { id: `${head.id} — ${verdict.id}`, en: `${head.en} — ${verdict.en}` };
}

/** The paper share of a result, e.g. "termasuk 7 kartu kertas dari 8 peserta tanpa perangkat". */
export function describePaperResult(paper: PaperResult): BilingualText {
  return {
    id: `termasuk ${paper.answers} kartu kertas dari ${paper.participants} peserta tanpa perangkat`,
    en: `including ${paper.answers} paper ${paper.answers === 1 ? 'card' : 'cards'} from ${paper.participants} ${paper.participants === 1 ? 'participant' : 'participants'} without a device`,
  };
}
