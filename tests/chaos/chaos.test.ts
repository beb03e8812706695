import { describe, expect, it } from 'vitest';
import { runChaos } from './chaosRun';

const SEED = Number(process.env.MUFAKAT_FUZZ_SEED ?? Date.now() % 100_000);

describe(`chaos: SIGKILL at random moments (seed ${SEED})`, () => {
  it('loses no acknowledged or seen edit and no acknowledged command across 5 kills', async () => {
    const result = await runChaos({ kills: 5, seed: SEED });
    expect(result.lost).toEqual([]);
    expect(result.ackedEdits).toBeGreaterThan(20);
    expect(result.ackedCommands).toBeGreaterThan(3);
  }, 120_000);
});
