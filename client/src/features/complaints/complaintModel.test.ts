import { describe, expect, it } from 'vitest';
import type { ComplaintThemeSummary } from '../../../../shared/rules/complaintThemes';
import type { Complaint, ComplaintTheme } from '../../../../shared/schema/complaints';
import { chartBars, seedFromCategories } from './complaintModel';

const c = (id: string, category?: string, themeId?: string) => ({ id, importId: 'i', date: '2025-01-01', channel: 'UPIK', text: id, ...(category ? { category } : {}), ...(themeId ? { themeId } : {}) }) as Complaint;

describe('complaints console model', () => {
  it('seeds one theme per category of unassigned complaints, reusing a theme of that name', () => {
    const themes = [{ id: 't1', name: 'Antrean' }] as ComplaintTheme[];
    const plans = seedFromCategories([c('a', 'antrean'), c('b', 'Biaya'), c('d', ' Biaya '), c('e', 'Biaya', 't1'), c('f')], themes);
    expect(plans).toEqual([
      { themeId: null, name: 'Biaya', complaintIds: ['b', 'd'] },
      { themeId: 't1', name: 'antrean', complaintIds: ['a'] },
    ]);
  });

  it('shows the largest themes and folds the rest into one bar', () => {
    const row = (id: string, count: number): ComplaintThemeSummary => ({ id, name: id, count, byChannel: {}, byMonth: {}, byUserGroup: {}, clauseNumbers: [] });
    const bars = chartBars([row('a', 40), row('b', 20), row('c', 5), row('d', 3), row('e', 0)], 3);
    expect(bars.map((b) => [b.name, b.count, b.share, b.other ?? false])).toEqual([
      ['a', 40, 1, false],
      ['b', 20, 0.5, false],
      ['2', 8, 0.2, true],
    ]);
  });
});
