import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/server';

/** Heap growth allowed over the run, after garbage collection. */
const HEAP_GROWTH_LIMIT_MB = 8;

describe('soak', () => {
  it('after 2,000 connect-edit-disconnect cycles no room stays loaded, no timer stays alive, and the heap stays flat', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/soak/soak.ts', '2000'], {
      cwd: ROOT,
      timeout: 150_000,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
    console.log('soak', result);
    expect(result.rooms).toBe(0);
    expect(result.connections).toBe(0);
    expect(result.afterTimers).toBeLessThanOrEqual(result.baselineTimers);
    expect(result.heapGrowthMB).toBeLessThan(HEAP_GROWTH_LIMIT_MB);
  }, 180_000);
});
