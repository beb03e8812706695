/**
 * The app's own sockets in Chromium stay open while the workshop works and then sits quietly
 * past y-websocket's 30 s watchdog: the decisions socket publishes no presence and used to
 * drop (and reconnect) for everyone at the same moment after every quiet spell. Only the person
 * whose role changed reconnects, once per room.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { personWithToken, type SocketWatch, watchSockets } from '../support/browser';
import { e2eStage } from '../support/e2eStage';
import { ApiWorkshop } from '../support/workshop';

/** y-websocket's `messageReconnectTimeout` (30 s) plus its 3 s check interval and slack. */
const WATCHDOG_WINDOW_MS = 36_000;

const stage = e2eStage({ demo: false });

const saved = (page: Page) => page.locator('[data-testid=sync-status][data-state=saved]').waitFor();

describe('a quiet room in the browser', () => {
  it('keeps every socket open; a role change reconnects only that person', { timeout: WATCHDOG_WINDOW_MS + 60_000 }, async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    await w.join('A', 'government');
    await w.join('B', 'civil_society');
    const screens: { key: string; page: Page; sockets: SocketWatch }[] = [];
    for (const [key, path] of [['F', 'f'], ['A', 'w'], ['B', 'w']] as const) {
      const page = await (await personWithToken(stage.browser, w.workshopId, w.person(key).token)).newPage();
      const sockets = watchSockets(page);
      await page.goto(`${stage.server.http}/${path}/${w.workshopId}`);
      await saved(page);
      await expect.poll(() => sockets.opened.length).toBe(2);
      screens.push({ key, page, sockets });
    }

    await w.goTo('drafting');
    await w.as('F').must({ type: 'setRole', participantId: w.person('B').participantId, role: 'observer' });
    const moved = screens.find((s) => s.key === 'B')!;
    await expect.poll(() => moved.sockets.opened.length, { timeout: 15_000 }).toBe(4);
    await w.goTo('dot_vote');
    await new Promise((r) => setTimeout(r, WATCHDOG_WINDOW_MS));

    for (const s of screens.filter((x) => x.key !== 'B')) {
      expect({ who: s.key, closed: s.sockets.closed, opened: s.sockets.opened.length }).toEqual({ who: s.key, closed: [], opened: 2 });
    }
    expect([...moved.sockets.closed].sort()).toEqual([w.workshopId, `${w.workshopId}.decisions`]);
    expect(moved.sockets.opened).toHaveLength(4);
    await saved(moved.page);
  });
});
