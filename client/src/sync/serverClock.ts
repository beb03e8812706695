/**
 * The server's clock, as seen from this device. The step timer is started on one screen (the
 * facilitator's) and shown on every other; a laptop in a district office whose clock is minutes
 * off (a dead CMOS battery, no NTP) would otherwise show a timer that is minutes off. Each
 * screen measures its offset to the server (`GET /api/time`, NTP-style: the server's time
 * against the midpoint of the request) and both writes and reads the timer in server time.
 * Without an answer (offline) the offset stays 0: the device's own clock, as before.
 */
import { fetchJson } from '../api/http';

export interface ClockSample {
  /** Server time minus this device's time, in ms. */
  offsetMs: number;
  /** Round trip of the request; the offset is accurate to half of it. */
  roundTripMs: number;
}

/** One sample from a request sent at `sentAt` and answered at `receivedAt` (device ms). */
export function clockSample(sentAt: number, serverNow: number, receivedAt: number): ClockSample {
  return { offsetMs: Math.round(serverNow - (sentAt + receivedAt) / 2), roundTripMs: receivedAt - sentAt };
}

/** Of several samples, the one with the shortest round trip: the least uncertain. */
export function bestSample(samples: readonly ClockSample[]): ClockSample | null {
  let best: ClockSample | null = null;
  for (const s of samples) if (!best || s.roundTripMs < best.roundTripMs) best = s;
  return best;
}

let offsetMs = 0;

/** Now, in server time (ms since the epoch). */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** Measures the offset (3 requests, the best kept); keeps the old one if the server is unreachable. */
export async function syncServerClock(): Promise<void> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < 3; i++) {
    const sentAt = Date.now();
    try {
      const { now } = await fetchJson<{ now: number }>('/api/time');
      samples.push(clockSample(sentAt, now, Date.now()));
    } catch {
      return; // offline or an old server: keep what we have
    }
  }
  const best = bestSample(samples);
  if (best) offsetMs = best.offsetMs;
}
