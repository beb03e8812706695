/**
 * The browser client's reconnect waits, through the real WorkshopConnection and y-websocket's
 * provider: while the server cannot be reached, each device waits between half and the whole
 * of the provider's step, so a room that dropped together does not retry together.
 */
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { WorkshopConnection } from '../../client/src/sync/WorkshopConnection';

const connections: WorkshopConnection[] = [];
afterAll(() => {
  for (const c of connections) c.destroy();
});

describe('reconnect backoff of the browser client', () => {
  it('spreads the retries of devices that lost the server at the same moment', async () => {
    const g = globalThis as Record<string, unknown>;
    g.WebSocket ??= WebSocket;
    // Nothing listens on port 1: every socket is refused at once, as when the uplink is down.
    g.location = { protocol: 'http:', host: '127.0.0.1:1' };
    g.window = new EventTarget();
    const { WorkshopConnection } = await import('../../client/src/sync/WorkshopConnection');
    const attempts: number[][] = [];
    for (let i = 0; i < 4; i++) {
      const c = new WorkshopConnection({ room: `w${i}.content`, token: 't', offline: false });
      c.provider.disableBc = true;
      const times: number[] = [];
      attempts.push(times);
      c.provider.on('status', ({ status }: { status: string }) => {
        if (status === 'connecting') times.push(performance.now());
      });
      connections.push(c);
    }
    await new Promise((r) => setTimeout(r, 3200));
    const gaps = attempts.map((t) => t.slice(1, 5).map((at, k) => at - t[k]!));
    for (const g4 of gaps) {
      expect(g4).toHaveLength(4);
      // Steps of y-websocket: 200, 400, 800, 1600 ms; each wait in [step/2, step] (+ timer slack).
      g4.forEach((gap, k) => {
        const step = 200 * 2 ** k;
        expect(gap).toBeGreaterThanOrEqual(step / 2 - 5);
        expect(gap).toBeLessThanOrEqual(step + 400); // a busy machine fires timers late
      });
    }
    // Four devices, four different schedules: the third wait alone spans 400 ms.
    const third = gaps.map((g4) => Math.round(g4[2]! / 10));
    expect(new Set(third).size).toBeGreaterThan(1);
  });
});
