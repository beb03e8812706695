/**
 * The shared step timer, kept by the server as a decision (design.md §1: what must still change
 * after a freeze is not content). Times are the server's (ms since the epoch, from the event's
 * `ts`), so every screen computes the same remaining time from its own estimate of server time.
 *
 * A clock runs from the moment its step becomes current (`agendaStepSet` starts a fresh one).
 * The facilitator may pause, resume, restart it or add/take minutes; all pure functions here.
 */
import type { AgendaStepId } from '../schema/ids';

export interface StepClock {
  stepId: AgendaStepId;
  /** When the clock last started running (server ms); null while paused. */
  runningSince: number | null;
  /** Time run before `runningSince`: the stretches before the last pause. */
  elapsedBeforeMs: number;
  /** Minutes added to (positive) or taken from (negative) the step's planned minutes. */
  extraMinutes: number;
}

export const CLOCK_ACTIONS = ['pause', 'resume', 'restart', 'extend'] as const;
export type ClockAction = (typeof CLOCK_ACTIONS)[number];

/** Largest single change of a step's length, in minutes, either way. */
export const MAX_CLOCK_EXTEND_MINUTES = 120;

export function freshClock(stepId: AgendaStepId, at: number): StepClock {
  return { stepId, runningSince: at, elapsedBeforeMs: 0, extraMinutes: 0 };
}

export const isRunning = (clock: StepClock): boolean => clock.runningSince !== null;

/** Time the step has run by `now`; a clock a little ahead of `now` (skew) counts as zero. */
export function elapsedMs(clock: StepClock, now: number): number {
  const running = clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince);
  return clock.elapsedBeforeMs + running;
}

export function pausedClock(clock: StepClock, at: number): StepClock {
  return { ...clock, runningSince: null, elapsedBeforeMs: elapsedMs(clock, at) };
}

export function resumedClock(clock: StepClock, at: number): StepClock {
  return { ...clock, runningSince: at };
}

/** Back to zero and running, keeping any minutes added to the step. */
export function restartedClock(clock: StepClock, at: number): StepClock {
  return { ...clock, runningSince: at, elapsedBeforeMs: 0 };
}

export function extendedClock(clock: StepClock, minutes: number): StepClock {
  return { ...clock, extraMinutes: clock.extraMinutes + minutes };
}

/** The step's length with the facilitator's changes, in minutes. */
export function clockMinutes(clock: StepClock, plannedMinutes: number): number {
  return plannedMinutes + clock.extraMinutes;
}
