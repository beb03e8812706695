/** Pure helpers to show clauses: grouping by charter section, numbering, versions, checks. */
import type { Clause, ClauseVersion } from '../../../../shared/schema/clauses';
import { CHARTER_SECTIONS, type CharterSection } from '../../../../shared/schema/sections';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { fallbackDecisionText, type Lang } from '../../../../shared/charter/charterText';
import { isAgreedStatus } from '../../../../shared/schema/clauses';
import { entryOf } from '../../../../shared/schema/records';
import type { WorkshopState } from '../../../../shared/state/workshopState';
import { compareTimes } from '../common/timeOrder';

/**
 * Clauses in charter order: by section sequence, then by their stable number (the order they
 * were proposed). The name people use in the room is `clauseLabel(clause)` ("K7"), given by the
 * server when the clause was proposed: never the position in this list, which changes whenever
 * a clause is proposed in an earlier section.
 */
export function orderedClauses(clauses: readonly Clause[]): Clause[] {
  const seq = new Map(CHARTER_SECTIONS.map((s) => [s.code, s.seq]));
  return [...clauses].sort((a, b) => (seq.get(a.sectionCode) ?? 99) - (seq.get(b.sectionCode) ?? 99) || a.number - b.number);
}

export interface SectionGroup {
  section: CharterSection;
  clauses: Clause[];
}

/** Sections that have clauses, in charter order (all sections with `includeEmpty`). */
export function clausesBySection(clauses: readonly Clause[], includeEmpty = false): SectionGroup[] {
  const ordered = orderedClauses(clauses);
  return CHARTER_SECTIONS.map((section) => ({ section, clauses: ordered.filter((c) => c.sectionCode === section.code) })).filter(
    (g) => includeEmpty || g.clauses.length > 0,
  );
}

/** Oldest first: the amendment history as it happened. */
export function versionHistory(clause: Clause): ClauseVersion[] {
  return Object.values(clause.versions).sort((a, b) => compareTimes(a.createdAt, b.createdAt));
}

/** The latest check on a clause (open or recorded), or undefined. */
export function latestCheck(checks: readonly ConsensusCheck[], clauseId: string): ConsensusCheck | undefined {
  return checks.filter((c) => c.clauseId === clauseId).sort((a, b) => compareTimes(b.startedAt, a.startedAt))[0];
}

/** The recorded check on the clause's current version that may agree it (setClauseStatus needs it). */
export function agreeingCheck(checks: readonly ConsensusCheck[], clause: Clause): ConsensusCheck | undefined {
  return checks
    .filter((c) => c.clauseId === clause.id && c.clauseVersionId === clause.currentVersionId && c.status === 'recorded')
    .sort((a, b) => compareTimes(b.record?.recordedAt ?? '', a.record?.recordedAt ?? ''))[0];
}

/**
 * The label of a clause's status as people read it. A clause set to agreed on a check the
 * fallback decided (e.g. the Kepala Dinas) is not an agreement: it reads "tidak tercapai
 * mufakat; ditetapkan oleh ... sesuai aturan yang disepakati di awal" on the console, the
 * board and the participant's phone. `statusLabel` gives the words for every other status.
 */
export function clauseStatusText(
  clause: Pick<Clause, 'status' | 'agreedByCheckId'>,
  state: { consensusChecks: WorkshopState['consensusChecks']; participants: Readonly<Record<string, { displayName: string }>> } | null | undefined,
  lang: string,
  statusLabel: (status: Clause['status']) => string,
): { text: string; fallback: boolean } {
  const check = isAgreedStatus(clause.status) && clause.agreedByCheckId ? entryOf(state?.consensusChecks, clause.agreedByCheckId) : undefined;
  if (check?.record?.outcome !== 'decided_by_fallback') return { text: statusLabel(clause.status), fallback: false };
  const deciderId = check.fallback.kind === 'designated_decider' ? check.fallback.deciderId : undefined;
  const decider = deciderId ? entryOf(state?.participants, deciderId)?.displayName : undefined;
  const language: Lang = lang.startsWith('en') ? 'en' : 'id';
  const text = fallbackDecisionText(check.fallback.kind, decider, language);
  return { text: text.charAt(0).toUpperCase() + text.slice(1), fallback: true };
}

/** Whether the clause's numbers are agreed yet: until then they are a proposal, not a promise. */
export function commitmentLabelKey(status: Clause['status'], fallback = false): 'clause.commitment' | 'clause.commitmentProposed' | 'clause.commitmentDecided' {
  if (!isAgreedStatus(status)) return 'clause.commitmentProposed';
  return fallback ? 'clause.commitmentDecided' : 'clause.commitment';
}
