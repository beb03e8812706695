/**
 * Pure helpers of the complaints console and the board chart: what a category column would seed
 * as themes, and the bars the wall shows (the largest themes, the rest folded into one bar).
 */
import type { ComplaintThemeSummary } from '../../../../shared/rules/complaintThemes';
import type { Complaint, ComplaintTheme } from '../../../../shared/schema/complaints';

export interface SeedPlan {
  /** A theme of that name exists: its complaints go there. */
  themeId: string | null;
  name: string;
  complaintIds: string[];
}

/** One theme per category of the unassigned complaints (reusing a theme of the same name). */
export function seedFromCategories(complaints: readonly Complaint[], themes: readonly ComplaintTheme[]): SeedPlan[] {
  const byName = new Map(themes.map((t) => [t.name.toLowerCase(), t.id] as const));
  const plans = new Map<string, SeedPlan>();
  for (const c of complaints) {
    if (c.themeId !== undefined || !c.category) continue;
    const name = c.category.replace(/\s+/g, ' ').trim().slice(0, 80);
    const key = name.toLowerCase();
    const plan = plans.get(key) ?? { themeId: byName.get(key) ?? null, name, complaintIds: [] };
    plan.complaintIds.push(c.id);
    plans.set(key, plan);
  }
  return [...plans.values()].sort((a, b) => b.complaintIds.length - a.complaintIds.length);
}

export interface ChartBar {
  id: string;
  name: string;
  count: number;
  /** Share of the largest bar, 0-1, for the bar's length. */
  share: number;
  clauseNumbers: number[];
  /** The folded rest: no clause line. */
  other?: boolean;
}

/** At most `max` bars: the largest themes, then "other themes" with the rest. Empty themes are left out. */
export function chartBars(summary: readonly ComplaintThemeSummary[], max = 7): ChartBar[] {
  const themes = summary.filter((t) => t.count > 0);
  const shown = themes.length > max ? themes.slice(0, max - 1) : themes;
  const rest = themes.slice(shown.length);
  const bars: ChartBar[] = shown.map((t) => ({ id: t.id, name: t.name, count: t.count, share: 0, clauseNumbers: t.clauseNumbers }));
  if (rest.length > 0) bars.push({ id: '', name: String(rest.length), count: rest.reduce((n, t) => n + t.count, 0), share: 0, clauseNumbers: [], other: true });
  const top = Math.max(1, ...bars.map((b) => b.count));
  return bars.map((b) => ({ ...b, share: b.count / top }));
}

/** "5 Apr 2025" / "5 Apr 2025": a complaint's day as people write it, not ISO. */
export function formatDay(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "Apr 2025": the month a complaint counts in. */
export function formatMonth(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}
