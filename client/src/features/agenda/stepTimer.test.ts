import { describe, expect, it } from 'vitest';
import type { StepClock } from '../../../../shared/rules/stepClock';
import { asAgendaStepId } from '../../../../shared/schema/ids';
import { formatDuration, stepTimer } from './stepTimer';

const clock = (patch: Partial<StepClock> = {}): StepClock => ({
  stepId: asAgendaStepId('s1'),
  runningSince: 1_000_000,
  elapsedBeforeMs: 0,
  extraMinutes: 0,
  ...patch,
});

describe('step timer', () => {
  it('counts down from the planned minutes since the step started', () => {
    const t = stepTimer(30, clock(), 1_000_000 + 5 * 60_000);
    expect(t.elapsedMs).toBe(5 * 60_000);
    expect(t.remainingMs).toBe(25 * 60_000);
    expect(t.overtime).toBe(false);
    expect(t.paused).toBe(false);
  });

  it('reports overtime once the planned time is used up', () => {
    const t = stepTimer(1, clock({ runningSince: 0 }), 90_000);
    expect(t.remainingMs).toBe(-30_000);
    expect(t.overtime).toBe(true);
  });

  it('stands still while paused and counts the minutes the facilitator added', () => {
    const t = stepTimer(10, clock({ runningSince: null, elapsedBeforeMs: 4 * 60_000, extraMinutes: 5 }), 99_999_999);
    expect(t).toEqual({ elapsedMs: 4 * 60_000, plannedMs: 15 * 60_000, remainingMs: 11 * 60_000, overtime: false, paused: true });
  });

  it('knows nothing of the elapsed time without a clock', () => {
    expect(stepTimer(20, null, 5)).toEqual({ elapsedMs: null, plannedMs: 1_200_000, remainingMs: null, overtime: false, paused: false });
  });

  it('a start slightly in the future (clock skew) reads as just started', () => {
    expect(stepTimer(10, clock({ runningSince: 2_000 }), 1_000).elapsedMs).toBe(0);
  });

  it('formats minutes and seconds', () => {
    expect(formatDuration(83_000)).toBe('1:23');
    expect(formatDuration(-65_000)).toBe('1:05');
    expect(formatDuration(3_600_000)).toBe('60:00');
  });
});
