/**
 * The shared step timer: the step's minutes (planned, plus what the facilitator added) against
 * the clock the server keeps in the decisions document (`stepClock`). Pure, so every screen
 * shows the same numbers from the same clock and its own estimate of server time.
 */
import { clockMinutes, elapsedMs as clockElapsed, isRunning, type StepClock } from '../../../../shared/rules/stepClock';

export interface StepTimer {
  /** Null when there is no clock for this step (e.g. it belongs to another step). */
  elapsedMs: number | null;
  plannedMs: number;
  /** Planned minus elapsed; negative when the step runs over. */
  remainingMs: number | null;
  overtime: boolean;
  paused: boolean;
}

export function stepTimer(plannedMinutes: number, clock: StepClock | null, now: number): StepTimer {
  if (clock === null) return { elapsedMs: null, plannedMs: plannedMinutes * 60_000, remainingMs: null, overtime: false, paused: false };
  const plannedMs = clockMinutes(clock, plannedMinutes) * 60_000;
  const elapsedMs = clockElapsed(clock, now);
  const remainingMs = plannedMs - elapsedMs;
  return { elapsedMs, plannedMs, remainingMs, overtime: remainingMs < 0, paused: !isRunning(clock) };
}

/** 83_000 → "1:23", 3_600_000 → "60:00"; the sign is shown separately. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
