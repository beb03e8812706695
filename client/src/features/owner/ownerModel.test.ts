import { describe, expect, it } from 'vitest';
import type { OwnedWorkshop } from '../../api/owner';
import { splitByArchive, workshopDays } from './ownerModel';

describe("the owner's page", () => {
  it('writes a workshop of two days as one range with its time zone, in either language', () => {
    const w = { startDate: '2026-03-10', endDate: '2026-03-11', timeZone: 'WITA' as const };
    expect(workshopDays(w, 'id')).toMatch(/^10\s*[–-]\s*11 Maret 2026 \(WITA\)$/);
    expect(workshopDays(w, 'en')).toMatch(/^10\s*[–-]\s*11 March 2026 \(WITA\)$/);
  });

  it('writes one day once, and nothing when no day is known', () => {
    expect(workshopDays({ startDate: '2026-03-10', endDate: '2026-03-10', timeZone: null }, 'id')).toBe('10 Maret 2026');
    expect(workshopDays({ startDate: null, endDate: null, timeZone: 'WIB' }, 'id')).toBe('');
  });

  it('keeps archived workshops apart', () => {
    const w = (id: string, archivedAt: number | null) => ({ workshopId: id, archivedAt }) as OwnedWorkshop;
    const { current, archived } = splitByArchive([w('a', null), w('b', 5), w('c', null)]);
    expect(current.map((x) => x.workshopId)).toEqual(['a', 'c']);
    expect(archived.map((x) => x.workshopId)).toEqual(['b']);
  });
});
