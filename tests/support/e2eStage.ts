/**
 * What every browser test file starts with: the real server (as `npm run serve` starts it, on a
 * free port) and one Chromium, both stopped after the file. Each simulated person still gets
 * a browser context of their own (`newPerson`, `personWithToken`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type RunningServer, startServer } from './server';

export interface E2eStage {
  /** Set once `beforeAll` has run. */
  readonly server: RunningServer;
  readonly browser: Browser;
}

export function e2eStage(options: Parameters<typeof startServer>[0] = {}): E2eStage {
  const stage = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    [stage.server, stage.browser] = await Promise.all([startServer(options), launchBrowser()]);
  });
  afterAll(async () => {
    await stage.browser?.close();
    await stage.server?.stop();
  });
  return stage;
}
