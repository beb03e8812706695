import { describe, expect, it } from 'vitest';
import { formatDuration, stepTimer } from './stepTimer';

describe('step timer', () => {
  it('counts down from the planned minutes since the step started', () => {
    const t = stepTimer(30, 1_000_000, 1_000_000 + 5 * 60_000);
    expect(t.elapsedMs).toBe(5 * 60_000);
    expect(t.remainingMs).toBe(25 * 60_000);
    expect(t.overtime).toBe(false);
  });

  it('reports overtime once the planned time is used up', () => {
    const t = stepTimer(1, 0, 90_000);
    expect(t.remainingMs).toBe(-30_000);
    expect(t.overtime).toBe(true);
  });

  it('knows nothing of the elapsed time when the start is unknown', () => {
    expect(stepTimer(20, null, 5)).toEqual({ elapsedMs: null, plannedMs: 1_200_000, remainingMs: null, overtime: false });
  });

  it('a start slightly in the future (clock skew) reads as just started', () => {
    expect(stepTimer(10, 2_000, 1_000).elapsedMs).toBe(0);
  });

  it('formats minutes and seconds', () => {
    expect(formatDuration(83_000)).toBe('1:23');
    expect(formatDuration(-65_000)).toBe('1:05');
    expect(formatDuration(3_600_000)).toBe('60:00');
  });
});
