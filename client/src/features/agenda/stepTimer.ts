/**
 * The shared step timer: planned minutes of the current step against the time it became
 * current (content document `agendaClock`). Pure, so every screen shows the same numbers.
 */
export interface StepTimer {
  /** Null when the start time is unknown (the clock belongs to another step). */
  elapsedMs: number | null;
  plannedMs: number;
  /** Planned minus elapsed; negative when the step runs over. */
  remainingMs: number | null;
  overtime: boolean;
}

export function stepTimer(plannedMinutes: number, startedAt: number | null, now: number): StepTimer {
  const plannedMs = plannedMinutes * 60_000;
  if (startedAt === null) return { elapsedMs: null, plannedMs, remainingMs: null, overtime: false };
  // Clocks of different laptops disagree a little; never show a negative elapsed time.
  const elapsedMs = Math.max(0, now - startedAt);
  const remainingMs = plannedMs - elapsedMs;
  return { elapsedMs, plannedMs, remainingMs, overtime: remainingMs < 0 };
}

/** 83_000 → "1:23", 3_600_000 → "60:00"; the sign is shown separately. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
