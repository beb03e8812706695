/**
 * When to try the server again after a socket closed. y-websocket waits 100 ms × 2^attempt,
 * at most 2.5 s, the same for every device: when a hall's access point restarts, 80 phones
 * drop together and, without an `online` event (the phone stays on the Wi-Fi while the
 * access point's uplink is down), retry together in lockstep. Here each wait is drawn between
 * half and the whole of that step ("equal jitter"), so the retries spread out while none comes
 * later than y-websocket's own.
 */
export const RECONNECT_STEP_MS = 100;
export const RECONNECT_CAP_MS = 2500;

/** The wait before reconnect attempt `attempt` (1 for the first after a close). */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(RECONNECT_STEP_MS * 2 ** Math.max(0, attempt), RECONNECT_CAP_MS);
  return Math.round(step / 2 + random() * (step / 2));
}
