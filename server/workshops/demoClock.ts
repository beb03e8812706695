/**
 * The finished demo's day. Its commands run in a second at start-up, but its Berita Acara,
 * notulen and attendance list read like a real workshop only with a real day's times: people
 * arrive from 07.45, each agenda step starts at its planned time from 08.00, and commands within
 * a step are half a minute apart. The day is the last working day (Monday to Friday) before
 * the server creates the demo, in the demo's time zone, so no time is in the future. The demo
 * is marked as an example on every list and document; the resting demo keeps the real clock,
 * since the facilitator goes on with it live.
 */
import { TIME_ZONE_OFFSET_HOURS, type WorkshopTimeZone } from '../../shared/charter/dates';
import type { Command } from '../../shared/commands/commandSchema';
import type { AgendaStep } from '../../shared/schema/agenda';

const MINUTE = 60_000;
const ARRIVAL_GAP_MS = 15_000;
const COMMAND_GAP_MS = 30_000;

export class DemoDay {
  private nowMs: number;
  private readonly dayStartMs: number;
  private agenda: readonly AgendaStep[] = [];

  constructor(createdAt: Date, timeZone: WorkshopTimeZone) {
    const offsetMs = TIME_ZONE_OFFSET_HOURS[timeZone] * 60 * MINUTE;
    // Midnight of the local day, then back to the previous working day.
    const local = new Date(createdAt.getTime() + offsetMs);
    let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
    do day -= 24 * 60 * MINUTE;
    while ([0, 6].includes(new Date(day).getUTCDay()));
    this.dayStartMs = day + 8 * 60 * MINUTE - offsetMs; // 08.00 local
    this.nowMs = this.dayStartMs - 15 * MINUTE; // the first arrivals
  }

  /** The time of the next arrival (a person joining before the opening). */
  arrival(): () => Date {
    const at = this.nowMs;
    this.nowMs += ARRIVAL_GAP_MS;
    return () => new Date(at);
  }

  /** The time of the next command: a step starts at its planned time (never earlier than the last command). */
  command(command: Command): () => Date {
    if (command.type === 'setAgenda') this.agenda = command.steps;
    if (command.type === 'setAgendaStep') {
      const { stepId } = command;
      const index = this.agenda.findIndex((s) => s.id === stepId);
      const planned = this.dayStartMs + this.agenda.slice(0, Math.max(0, index)).reduce((sum, s) => sum + s.plannedMinutes * MINUTE, 0);
      this.nowMs = Math.max(this.nowMs, planned);
    } else {
      this.nowMs = Math.max(this.nowMs, this.dayStartMs) + COMMAND_GAP_MS;
    }
    const at = this.nowMs;
    return () => new Date(at);
  }
}
