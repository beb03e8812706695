/**
 * Dates and numbers for printed documents, the same on every device (no locale data needed):
 * "Kamis, 3 Desember 2026, pukul 19.08 WIB" in the workshop's time zone, never an ISO UTC
 * stamp, and numbers with the Indonesian decimal comma ("0,5 jam", "1.500.000").
 * Every export and formal document formats its dates here.
 */

export type DateLang = 'id' | 'en';

/** Indonesia's three time zones, none with daylight saving time. */
export const WORKSHOP_TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type WorkshopTimeZone = (typeof WORKSHOP_TIME_ZONES)[number];
export const TIME_ZONE_OFFSET_HOURS: Readonly<Record<WorkshopTimeZone, number>> = { WIB: 7, WITA: 8, WIT: 9 };

export const MONTHS: Readonly<Record<DateLang, readonly string[]>> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export const WEEKDAYS: Readonly<Record<DateLang, readonly string[]>> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

export interface LocalDateParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0 = Sunday (Minggu) */
  weekday: number;
  hour: number;
  minute: number;
  /** "WIB", "WITA", "WIT", or "UTC" when the workshop has no time zone on record. */
  zone: WorkshopTimeZone | 'UTC';
}

/** An instant ("2026-12-03T12:08:17.175Z") as the wall clock of the workshop's time zone. */
export function localDateParts(instant: string, timeZone?: WorkshopTimeZone | null): LocalDateParts | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const zone = timeZone ?? 'UTC';
  const local = new Date(ms + (timeZone ? TIME_ZONE_OFFSET_HOURS[timeZone] : 0) * 3_600_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    zone,
  };
}

/** "Kamis, 3 Desember 2026" / "Thursday, 3 December 2026" in the workshop's time zone. */
export function formatDayInWords(instant: string, lang: DateLang, timeZone?: WorkshopTimeZone | null): string {
  const p = localDateParts(instant, timeZone);
  if (!p) return instant;
  return `${WEEKDAYS[lang][p.weekday]}, ${p.day} ${MONTHS[lang][p.month - 1]} ${p.year}`;
}

/**
 * "Kamis, 3 Desember 2026, pukul 19.08 WIB" / "Thursday, 3 December 2026, 19:08 WIB". A workshop
 * without a time zone on record prints UTC, named as such rather than passed off as local time.
 */
export function formatDateTimeInWords(instant: string, lang: DateLang, timeZone?: WorkshopTimeZone | null): string {
  const p = localDateParts(instant, timeZone);
  if (!p) return instant;
  const hh = String(p.hour).padStart(2, '0');
  const mm = String(p.minute).padStart(2, '0');
  const day = formatDayInWords(instant, lang, timeZone);
  return lang === 'id' ? `${day}, pukul ${hh}.${mm} ${p.zone}` : `${day}, ${hh}:${mm} ${p.zone}`;
}

/**
 * A number as Indonesian writes it: decimal comma, thousands with a dot ("0,5", "1.500.000");
 * English: "0.5", "1,500,000".
 */
export function formatNumber(n: number, lang: DateLang): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole = '0', fraction] = Math.abs(n).toString().split('.');
  // Exponent notation (≥ 1e21 or tiny fractions) is left as it is: no measure comes near it.
  if (/e/i.test(whole) || (fraction && /e/i.test(fraction))) return String(n);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  const sign = n < 0 ? '-' : '';
  return fraction ? `${sign}${grouped}${lang === 'id' ? ',' : '.'}${fraction}` : `${sign}${grouped}`;
}
