import { describe, expect, it } from 'vitest';
import { bestSample, clockSample } from './serverClock';

describe('server clock', () => {
  it('takes the offset against the midpoint of the request', () => {
    // Device sends at 1,000 and hears back at 1,200; the server said 61,100: 60 s ahead.
    expect(clockSample(1000, 61_100, 1200)).toEqual({ offsetMs: 60_000, roundTripMs: 200 });
    // A device whose clock is ahead of the server gets a negative offset.
    expect(clockSample(500_000, 100_050, 500_100).offsetMs).toBe(-400_000);
  });

  it('keeps the sample with the shortest round trip', () => {
    const slow = { offsetMs: 900, roundTripMs: 800 };
    const fast = { offsetMs: 1000, roundTripMs: 40 };
    expect(bestSample([slow, fast, { offsetMs: 1200, roundTripMs: 300 }])).toBe(fast);
    expect(bestSample([])).toBeNull();
  });
});
