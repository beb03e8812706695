import { describe, expect, it } from 'vitest';
import { formatDateTimeInWords, formatDayInWords, formatNumber, localDateParts } from './dates';

describe('dates in words', () => {
  const at = '2026-12-03T12:08:17.175Z';

  it('prints the wall clock of the workshop time zone, named', () => {
    expect(formatDateTimeInWords(at, 'id', 'WIB')).toBe('Kamis, 3 Desember 2026, pukul 19.08 WIB');
    expect(formatDateTimeInWords(at, 'id', 'WITA')).toBe('Kamis, 3 Desember 2026, pukul 20.08 WITA');
    expect(formatDateTimeInWords(at, 'id', 'WIT')).toBe('Kamis, 3 Desember 2026, pukul 21.08 WIT');
    expect(formatDateTimeInWords(at, 'en', 'WIB')).toBe('Thursday, 3 December 2026, 19:08 WIB');
  });

  it('turns the day over at local midnight, not at UTC midnight', () => {
    // 17:30 UTC on 31 December is already New Year in Jayapura (WIT, UTC+9).
    expect(formatDayInWords('2026-12-31T17:30:00Z', 'id', 'WIB')).toBe('Jumat, 1 Januari 2027');
    expect(formatDayInWords('2026-12-31T16:59:00Z', 'id', 'WIB')).toBe('Kamis, 31 Desember 2026');
    expect(formatDateTimeInWords('2026-12-31T15:05:00Z', 'id', 'WIT')).toBe('Jumat, 1 Januari 2027, pukul 00.05 WIT');
  });

  it('says UTC when the workshop has no time zone on record, and leaves what is not a date alone', () => {
    expect(formatDateTimeInWords(at, 'id', null)).toBe('Kamis, 3 Desember 2026, pukul 12.08 UTC');
    expect(localDateParts(at)).toMatchObject({ zone: 'UTC', hour: 12 });
    expect(formatDateTimeInWords('kemarin', 'id', 'WIB')).toBe('kemarin');
  });
});

describe('numbers', () => {
  it('uses the decimal comma and the thousands dot in Indonesian', () => {
    expect(formatNumber(0.5, 'id')).toBe('0,5');
    expect(formatNumber(1_500_000, 'id')).toBe('1.500.000');
    expect(formatNumber(1234.75, 'id')).toBe('1.234,75');
    expect(formatNumber(-2.5, 'id')).toBe('-2,5');
    expect(formatNumber(100, 'id')).toBe('100');
  });

  it('uses the decimal point in English', () => {
    expect(formatNumber(0.5, 'en')).toBe('0.5');
    expect(formatNumber(1_500_000, 'en')).toBe('1,500,000');
  });
});
