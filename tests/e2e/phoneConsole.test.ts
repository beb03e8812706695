/**
 * A facilitator may run the console from a phone: at 390 px nothing widens the page past the
 * screen (the tab list scrolls on its own), on every console tab.
 */
import { describe, expect, it } from 'vitest';
import { personWithToken } from '../support/browser';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage({ demo: true });

describe('the facilitator console on a phone', () => {
  it('fits 390 px on every tab', async () => {
    const { server, browser } = stage;
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
