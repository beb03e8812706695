import { describe, expect, it } from 'vitest';
import { localDateTime, tanggal, tanggalDalamHuruf, tanggalJam, terbilang } from './terbilang';

describe('terbilang', () => {
  it('writes numbers the way an Indonesian agreement does', () => {
    expect(terbilang(0)).toBe('nol');
    expect(terbilang(3)).toBe('tiga');
    expect(terbilang(10)).toBe('sepuluh');
    expect(terbilang(11)).toBe('sebelas');
    expect(terbilang(12)).toBe('dua belas');
    expect(terbilang(19)).toBe('sembilan belas');
    expect(terbilang(20)).toBe('dua puluh');
    expect(terbilang(31)).toBe('tiga puluh satu');
    expect(terbilang(100)).toBe('seratus');
    expect(terbilang(111)).toBe('seratus sebelas');
    expect(terbilang(250)).toBe('dua ratus lima puluh');
    expect(terbilang(1000)).toBe('seribu');
    expect(terbilang(1999)).toBe('seribu sembilan ratus sembilan puluh sembilan');
    expect(terbilang(2000)).toBe('dua ribu');
    expect(terbilang(2026)).toBe('dua ribu dua puluh enam');
    expect(terbilang(11000)).toBe('sebelas ribu');
    expect(terbilang(100000)).toBe('seratus ribu');
    expect(terbilang(1_000_000)).toBe('satu juta');
    expect(terbilang(2_500_000_000)).toBe('dua miliar lima ratus juta');
  });

  it('refuses what it cannot write', () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
  });
});

describe('dates in the workshop’s time zone', () => {
  it('reads the day where the workshop is, not in UTC', () => {
    // 17:30 UTC on 2 December is already 3 December in Yogyakarta (WIB) and Jayapura (WIT).
    const wib = localDateTime('2026-12-02T17:30:00.000Z', 'WIB');
    expect(tanggalDalamHuruf(wib)).toBe('hari Kamis, tanggal tiga bulan Desember tahun dua ribu dua puluh enam');
    expect(tanggal(wib)).toBe('3 Desember 2026');
    expect(tanggalJam(wib)).toBe('3 Desember 2026 pukul 00.30 WIB');
    expect(tanggalJam(localDateTime('2026-12-02T17:30:00.000Z', 'WIT'))).toBe('3 Desember 2026 pukul 02.30 WIT');
    expect(tanggal(localDateTime('2026-12-02T15:30:00.000Z', 'WITA'))).toBe('2 Desember 2026');
  });
});
