/** Pure helpers for the owner's page: how a workshop's days read, and which list it sits in. */
import type { OwnedWorkshop } from '../../api/owner';

/** "10–11 Maret 2026 (WITA)", "10 Maret 2026", or "" when no date is known. */
export function workshopDays(w: Pick<OwnedWorkshop, 'startDate' | 'endDate' | 'timeZone'>, language: string): string {
  const first = w.startDate ?? w.endDate;
  if (!first) return '';
  const locale = language.startsWith('en') ? 'en-GB' : 'id-ID';
  // Dates are calendar days, not instants: format them in UTC so no device shifts the day.
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const last = w.endDate && w.endDate !== first ? w.endDate : null;
  const range = last ? format.formatRange(day(first), day(last)) : format.format(day(first));
  return w.timeZone ? `${range} (${w.timeZone})` : range;
}

/** Current workshops first (newest first, as the server sends them), then the archive. */
export function splitByArchive(list: OwnedWorkshop[]): { current: OwnedWorkshop[]; archived: OwnedWorkshop[] } {
  return { current: list.filter((w) => w.archivedAt === null), archived: list.filter((w) => w.archivedAt !== null) };
}
