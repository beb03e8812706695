/**
 * The per-user-group view (pure): which clauses concern each registered user group, and which
 * groups no clause names yet. A clause names its groups on its current version
 * (`ClauseVersion.userGroupIds`); a clause that names none is for everyone and is listed apart.
 * Rejected clauses cover nobody.
 */
import { type Clause, currentVersion } from '../../../../shared/schema/clauses';
import type { UserGroup } from '../../../../shared/schema/userGroups';
import { orderedClauses } from './clauseView';

export interface UserGroupRow {
  group: UserGroup;
  clauses: Clause[];
}

export interface UserGroupCoverage {
  rows: UserGroupRow[];
  /** Groups no clause names yet: the view highlights them. */
  uncovered: UserGroup[];
  /** Clauses that name no group (they concern every user). */
  forEveryone: Clause[];
}

/** Groups by priority (1 first), then by name; unranked groups last. */
function byPriority(a: UserGroup, b: UserGroup): number {
  return (a.priority ?? 100) - (b.priority ?? 100) || a.name.id.localeCompare(b.name.id) || a.id.localeCompare(b.id);
}

export function userGroupCoverage(state: { userGroups: Readonly<Record<string, UserGroup>>; clauses: Readonly<Record<string, Clause>> }): UserGroupCoverage {
  const live = orderedClauses(Object.values(state.clauses).filter((c) => c.status !== 'rejected'));
  const named = (c: Clause) => currentVersion(c).userGroupIds ?? [];
  const rows = Object.values(state.userGroups)
    .sort(byPriority)
    .map((group) => ({ group, clauses: live.filter((c) => named(c).includes(group.id)) }));
  return {
    rows,
    uncovered: rows.filter((r) => r.clauses.length === 0).map((r) => r.group),
    forEveryone: live.filter((c) => named(c).length === 0),
  };
}
