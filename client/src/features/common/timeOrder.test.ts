import { describe, expect, it } from 'vitest';
import { compareTimes } from './timeOrder';

describe('compareTimes', () => {
  it('orders server timestamps by time, as a locale comparison did, with missing ones first', () => {
    const times = ['2026-12-03T10:00:00.000Z', '', '2026-12-03T09:59:59.999Z', '2025-12-31T23:59:59.000Z', '2026-12-03T10:00:00.000Z', '2026-01-10T08:00:00.000Z'];
    const expected = [...times].sort((a, b) => a.localeCompare(b));
    expect([...times].sort(compareTimes)).toEqual(expected);
    expect(expected[0]).toBe('');
    expect(compareTimes('2026-12-03T10:00:00.000Z', '2026-12-03T10:00:00.000Z')).toBe(0);
    expect(compareTimes('2026-12-03T10:00:00.001Z', '2026-12-03T10:00:00.000Z')).toBe(1);
  });
});
