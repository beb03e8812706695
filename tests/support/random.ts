/**
 * Seeded randomness for the fuzz and chaos tests: a failure prints its seed and replays
 * exactly with MUFAKAT_FUZZ_SEED=<seed> (or `npm run chaos -- <kills> <seed>`).
 */

/** The seed of this run: MUFAKAT_FUZZ_SEED when set, otherwise a fresh one. */
export function fuzzSeed(): number {
  return Number(process.env.MUFAKAT_FUZZ_SEED ?? Date.now() % 100_000);
}

/** mulberry32: small, seedable, good enough to pick commands, frames and kill moments; in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
