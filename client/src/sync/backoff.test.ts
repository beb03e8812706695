import { describe, expect, it } from 'vitest';
import { RECONNECT_CAP_MS, reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it("stays between half and the whole of y-websocket's step, and under its cap", () => {
    expect(reconnectDelay(1, () => 0)).toBe(100);
    expect(reconnectDelay(1, () => 1)).toBe(200);
    expect(reconnectDelay(3, () => 0.5)).toBe(600);
    expect(reconnectDelay(20, () => 1)).toBe(RECONNECT_CAP_MS);
    expect(reconnectDelay(20, () => 0)).toBe(RECONNECT_CAP_MS / 2);
  });

  it('spreads a fleet that dropped together', () => {
    const waits = Array.from({ length: 80 }, () => reconnectDelay(6));
    const distinct = new Set(waits.map((w) => Math.floor(w / 100)));
    expect(distinct.size).toBeGreaterThan(6);
    expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThan(600);
  });
});
