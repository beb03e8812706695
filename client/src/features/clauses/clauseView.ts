/** Pure helpers to show clauses: grouping by charter section, numbering, versions, checks. */
import type { Clause, ClauseVersion } from '../../../../shared/schema/clauses';
import { CHARTER_SECTIONS, type CharterSection } from '../../../../shared/schema/sections';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';

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
  return Object.values(clause.versions).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The latest check on a clause (open or recorded), or undefined. */
export function latestCheck(checks: readonly ConsensusCheck[], clauseId: string): ConsensusCheck | undefined {
  return checks.filter((c) => c.clauseId === clauseId).sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}

/** The recorded check on the clause's current version that may agree it (setClauseStatus needs it). */
export function agreeingCheck(checks: readonly ConsensusCheck[], clause: Clause): ConsensusCheck | undefined {
  return checks
    .filter((c) => c.clauseId === clause.id && c.clauseVersionId === clause.currentVersionId && c.status === 'recorded')
    .sort((a, b) => (b.record?.recordedAt ?? '').localeCompare(a.record?.recordedAt ?? ''))[0];
}
