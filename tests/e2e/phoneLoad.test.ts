/**
 * The phone's main thread while a workshop screen loads (issue 18, Lighthouse's mobile
 * profile; docs/performance.md "The phone"):
 *   - the decisions state renders after the socket frame that brought it, not inside it: the
 *     first sync applies the whole document in one task, and rendering the screen in the same
 *     task made one long task of both (now a render task of its own, `sync/useDecisions.ts`);
 *   - the board at a phone's width appears without moving (the header's size and the stage
 *     follow the step, so the board waits for the decisions; it moved by 0.09 before).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { joinAs } from '../support/api';
import { newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage();
const PHONE = { width: 412, height: 823 };

/**
 * Before the page's scripts: notes every layout shift, and which marked elements were inserted
 * while a WebSocket message was being handled (its handler and the microtasks right after it,
 * where a synchronous React update from a Yjs observer commits).
 */
function watchLoad(testIds: readonly string[]): void {
  const w = window as unknown as { __shifts: number[]; __insertedInFrame: string[] };
  w.__shifts = [];
  w.__insertedInFrame = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
  let inFrame = false;
  const setter = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage')!;
  Object.defineProperty(WebSocket.prototype, 'onmessage', {
    configurable: true,
    get() {
      return setter.get!.call(this);
    },
    set(handler: ((event: MessageEvent) => unknown) | null) {
      const wrapped =
        handler &&
        function (this: WebSocket, event: MessageEvent) {
          inFrame = true;
          try {
            return handler.call(this, event);
          } finally {
            // React flushes a synchronous update in a microtask queued by the handler; the
            // mutation observer's own microtask follows it. Nested, so both still see the flag.
            queueMicrotask(() => queueMicrotask(() => queueMicrotask(() => (inFrame = false))));
          }
        };
      setter.set!.call(this, wrapped);
    },
  });
  const selector = testIds.map((id) => `[data-testid="${id}"]`).join(',');
  new MutationObserver((records) => {
    if (!inFrame) return;
    for (const r of records)
      for (const n of r.addedNodes)
        if (n instanceof Element) for (const el of [n, ...n.querySelectorAll(selector)]) if (el.matches(selector)) w.__insertedInFrame.push(el.getAttribute('data-testid')!);
  }).observe(document, { childList: true, subtree: true });
}

async function loadFigures(page: Page): Promise<{ shift: number; insertedInFrame: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __shifts: number[]; __insertedInFrame: string[] };
    return { shift: w.__shifts.reduce((a, b) => a + b, 0), insertedInFrame: w.__insertedInFrame };
  });
}

describe('a workshop screen loading on a phone', () => {
  it('renders the participant view from the decisions after the socket frame, not inside it', async () => {
    const demo = stage.server.demo!;
    const me = await joinAs(stage.server.http, demo.joinCode, { name: 'Ibu Ponsel' });
    const page = await (await newPerson(stage.browser, { viewport: PHONE })).newPage();
    await page.addInitScript(watchLoad, ['step-banner', 'tab-consensus', 'consensus-panel']);
    await page.goto(`${stage.server.http}/w/${me.workshopId}#token=${me.participantToken}`);
    await page.getByTestId('step-banner').waitFor();
    await page.getByTestId('consensus-panel').waitFor();
    await page.waitForTimeout(500);
    const figures = await loadFigures(page);
    expect(figures.insertedInFrame).toEqual([]);
    expect(figures.shift).toBeLessThan(0.01);
  });

  it('shows the board at a phone width without moving it once the step is known', async () => {
    const demo = stage.server.demo!;
    const page = await (await newPerson(stage.browser, { viewport: PHONE })).newPage();
    await page.addInitScript(watchLoad, ['step-banner']);
    await page.goto(`${stage.server.http}/b/${demo.workshopId}#token=${demo.boardToken}`);
    await page.getByTestId('board-view').waitFor();
    await expect.poll(() => page.getByTestId('step-banner').getAttribute('data-method')).toBeTruthy();
    await expect.poll(() => page.getByTestId('qr-code').locator('svg').count()).toBe(1);
    await page.waitForTimeout(500);
    const figures = await loadFigures(page);
    expect(figures.insertedInFrame).toEqual([]);
    expect(figures.shift).toBeLessThan(0.01);
  });
});
