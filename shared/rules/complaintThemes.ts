/**
 * Complaint themes as evidence (issue 17): how many complaints each theme holds, by channel,
 * month and user group; which clauses say they answer it; and the warning that names themes
 * with many complaints and no clause answering them. Pure: it reads plain records.
 */
import type { Clause } from '../schema/clauses';
import type { Complaint, ComplaintTheme } from '../schema/complaints';
import { monthOf } from '../schema/complaints';

export interface ComplaintThemeSummary {
  id: string;
  name: string;
  count: number;
  byChannel: Record<string, number>;
  byMonth: Record<string, number>;
  byUserGroup: Record<string, number>;
  /** Numbers of the clauses (proposed, discussed or agreed) that say they answer this theme. */
  clauseNumbers: number[];
}

/** Clauses that still count as an answer: not rejected, not deferred. */
const ANSWERING_STATUSES: ReadonlySet<Clause['status']> = new Set(['proposed', 'under_discussion', 'agreed', 'agreed_with_reservations']);

/**
 * "Many" complaints: at least 5, and at least 5 % of all complaints in the workshop, so a
 * handful in a large import does not raise a warning and a small import still can.
 */
export const MANY_COMPLAINTS_MIN = 5;
export const MANY_COMPLAINTS_SHARE = 0.05;

export function manyComplaintsThreshold(total: number): number {
  return Math.max(MANY_COMPLAINTS_MIN, Math.ceil(total * MANY_COMPLAINTS_SHARE));
}

const bump = (rec: Record<string, number>, key: string) => {
  rec[key] = (rec[key] ?? 0) + 1;
};

/** The clauses answering each theme, by theme id (answering statuses only), numbers ascending. */
export function clausesByTheme(clauses: Iterable<Clause>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const clause of clauses) {
    if (!ANSWERING_STATUSES.has(clause.status)) continue;
    for (const themeId of clause.complaintThemeIds ?? []) out.set(themeId, [...(out.get(themeId) ?? []), clause.number]);
  }
  for (const numbers of out.values()) numbers.sort((a, b) => a - b);
  return out;
}

/** Every theme, most complaints first (then by name). */
export function summariseComplaintThemes(
  complaints: Iterable<Complaint>,
  themes: Iterable<ComplaintTheme>,
  clauses: Iterable<Clause>,
): ComplaintThemeSummary[] {
  const answered = clausesByTheme(clauses);
  const rows = new Map<string, ComplaintThemeSummary>();
  for (const theme of themes) {
    rows.set(theme.id, { id: theme.id, name: theme.name, count: 0, byChannel: {}, byMonth: {}, byUserGroup: {}, clauseNumbers: answered.get(theme.id) ?? [] });
  }
  for (const c of complaints) {
    const row = c.themeId === undefined ? undefined : rows.get(c.themeId);
    if (!row) continue;
    row.count += 1;
    bump(row.byChannel, c.channel);
    bump(row.byMonth, monthOf(c.date));
    bump(row.byUserGroup, c.userGroup ?? '');
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Counts over all complaints (assigned or not): by channel, month and user group. */
export function complaintCounts(complaints: Iterable<Complaint>): { total: number; unassigned: number; byChannel: Record<string, number>; byMonth: Record<string, number>; byUserGroup: Record<string, number> } {
  const out = { total: 0, unassigned: 0, byChannel: {} as Record<string, number>, byMonth: {} as Record<string, number>, byUserGroup: {} as Record<string, number> };
  for (const c of complaints) {
    out.total += 1;
    if (c.themeId === undefined) out.unassigned += 1;
    bump(out.byChannel, c.channel);
    bump(out.byMonth, monthOf(c.date));
    bump(out.byUserGroup, c.userGroup ?? '');
  }
  return out;
}

export interface UnansweredTheme {
  themeId: string;
  name: string;
  count: number;
}

/** Themes with many complaints and no proposed, discussed or agreed clause answering them. */
export function unansweredComplaintThemes(
  complaints: Iterable<Complaint>,
  themes: Iterable<ComplaintTheme>,
  clauses: Iterable<Clause>,
): UnansweredTheme[] {
  const all = [...complaints];
  const threshold = manyComplaintsThreshold(all.length);
  return summariseComplaintThemes(all, themes, clauses)
    .filter((t) => t.count >= threshold && t.clauseNumbers.length === 0)
    .map((t) => ({ themeId: t.id, name: t.name, count: t.count }));
}
