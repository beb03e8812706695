/**
 * A facilitator may run the console from a phone: at 390 px nothing widens the page past the
 * screen (the tab list scrolls on its own), on every console tab.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, personWithToken } from '../support/browser';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the facilitator console on a phone', () => {
  it('fits 390 px on every tab', async () => {
    const demo = server.demo!;
    const context = await personWithToken(browser, demo.workshopId, demo.facilitatorToken, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.http}/f/${demo.workshopId}`);
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    const names = await tabs.allTextContents();
    expect(names.length).toBeGreaterThan(3);
    const wide: string[] = [];
    for (let i = 0; i < names.length; i++) {
      await tabs.nth(i).click();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${names[i]}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});
