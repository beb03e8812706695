/**
 * Numbers and dates in Indonesian words, as the opening of an agreement writes them: "Pada hari
 * ini Kamis, tanggal tiga bulan Desember tahun dua ribu dua puluh enam". The day is the one in
 * the workshop's time zone (WIB, WITA, WIT: UTC+7, +8, +9; Indonesia keeps no daylight saving).
 */
import { MONTHS, TIME_ZONE_OFFSET_HOURS, WEEKDAYS, type WorkshopTimeZone } from './dates';

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** 0 → "nol", 3 → "tiga", 11 → "sebelas", 2026 → "dua ribu dua puluh enam"; whole numbers 0 … 999 999 999 999. */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`terbilang: ${n} is not a whole number from 0 to 999 999 999 999`);
  return words(n);
}

function words(n: number): string {
  if (n < 12) return ONES[n]!;
  if (n < 20) return `${ONES[n - 10]} belas`;
  if (n < 100) return join(`${ONES[Math.floor(n / 10)]} puluh`, n % 10);
  if (n < 200) return join('seratus', n - 100);
  if (n < 1000) return join(`${ONES[Math.floor(n / 100)]} ratus`, n % 100);
  if (n < 2000) return join('seribu', n - 1000);
  if (n < 1e6) return join(`${words(Math.floor(n / 1000))} ribu`, n % 1000);
  if (n < 1e9) return join(`${words(Math.floor(n / 1e6))} juta`, n % 1e6);
  return join(`${words(Math.floor(n / 1e9))} miliar`, n % 1e9);
}

const join = (head: string, rest: number) => (rest === 0 ? head : `${head} ${words(rest)}`);

// Day and month names and the zone offsets are those of dates.ts: one table for every document.
export const HARI = WEEKDAYS.id;
export const BULAN = MONTHS.id;

export type IndonesianTimeZone = WorkshopTimeZone;

export interface LocalDateTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0 = Minggu */
  weekday: number;
  hour: number;
  minute: number;
  timeZone: IndonesianTimeZone;
}

/** An instant (ISO 8601 or epoch ms) as the wall clock in an Indonesian time zone reads it. */
export function localDateTime(instant: string | number, timeZone: IndonesianTimeZone): LocalDateTime {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${instant}`);
  const d = new Date(ms + TIME_ZONE_OFFSET_HOURS[timeZone] * 3_600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), timeZone };
}

/** "Pada hari ini Kamis, tanggal tiga bulan Desember tahun dua ribu dua puluh enam" (no trailing comma). */
export function tanggalDalamHuruf(t: Pick<LocalDateTime, 'year' | 'month' | 'day' | 'weekday'>): string {
  return `hari ${HARI[t.weekday]}, tanggal ${terbilang(t.day)} bulan ${BULAN[t.month - 1]} tahun ${terbilang(t.year)}`;
}

/** "3 Desember 2026" */
export function tanggal(t: Pick<LocalDateTime, 'year' | 'month' | 'day'>): string {
  return `${t.day} ${BULAN[t.month - 1]} ${t.year}`;
}

/** "3 Desember 2026 pukul 10.05 WIB" (Indonesian writes the time with a dot). */
export function tanggalJam(t: LocalDateTime): string {
  return `${tanggal(t)} pukul ${String(t.hour).padStart(2, '0')}.${String(t.minute).padStart(2, '0')} ${t.timeZone}`;
}
