/**
 * Projector mode (issue 14): whatever the facilitator has in focus is fully inside the wall
 * screen's window at 1920x1080 and at 1280x720, nothing scrolls, the join header shrinks to a
 * corner after the joining step, and during signing the board shows the fingerprint. And a
 * participant's phone follows the room to a new step, with a notice and a way back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api';
import { newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';
import { ApiWorkshop } from '../support/workshop';

const stage = e2eStage();

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

/** The element's box lies entirely inside the window, and the page itself does not scroll. */
async function expectInView(page: Page, testId: string): Promise<void> {
  const element = page.locator(`[data-testid=${testId}]:visible`).first();
  await element.waitFor();
  const view = page.viewportSize()!;
  await expect
    .poll(async () => {
      const box = (await element.boundingBox())!;
      const scroll = await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
      return box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width + 0.5 && box.y + box.height <= view.height + 0.5 && scroll <= 0;
    }, { message: `${testId} inside ${view.width}x${view.height}` })
    .toBe(true);
}

async function boards(boardPath: string): Promise<Page[]> {
  return Promise.all(
    SIZES.map(async (viewport) => {
      const page = await (await newPerson(stage.browser, { viewport })).newPage();
      await page.goto(`${stage.server.http}${boardPath}`);
      await page.getByTestId('board-view').waitFor();
      return page;
    }),
  );
}

describe('projector mode', () => {
  it('keeps the focused view of every main step inside the window at 1920x1080 and 1280x720', async () => {
    const demo = stage.server.demo!;
    const console_ = await (await newPerson(stage.browser, { viewport: { width: 1440, height: 1000 } })).newPage();
    await console_.goto(`${stage.server.http}/f/${demo.workshopId}#token=${demo.facilitatorToken}`);
    await console_.getByTestId('agenda-stepper').waitFor();
    const walls = await boards(`/b/${demo.workshopId}#token=${demo.boardToken}`);
    const goTo = async (method: string) => {
      await console_.getByTestId(`agenda-step-${method}`).click();
      for (const wall of walls) await expect.poll(() => wall.getByTestId('step-banner').getAttribute('data-method')).toBe(method);
    };

    await goTo('promotion');
    for (const wall of walls) {
      await expect.poll(() => wall.getByTestId('board-join').getAttribute('data-compact')).toBe('false');
      await expectInView(wall, 'board-join');
      await expectInView(wall, 'board-clauses');
    }

    const views: [string, string][] = [
      ['stakeholder_mapping', 'stakeholder-grid'],
      ['drafting', 'board-clauses'],
      ['dot_vote', 'board-vote'],
      ['consensus_check', 'board-spotlight'],
    ];
    for (const [method, testId] of views) {
      await goTo(method);
      for (const wall of walls) {
        await expectInView(wall, testId);
        await expectInView(wall, 'step-banner');
        // After the joining step the way in is a corner: under a fifth of the height.
        await expect.poll(() => wall.getByTestId('board-join').getAttribute('data-compact')).toBe('true');
        const join = (await wall.getByTestId('board-join').boundingBox())!;
        expect(join.height).toBeLessThan(wall.viewportSize()!.height / 5);
      }
    }
    // The demo's clauses do not fit one page: the board turns them page by page.
    await goTo('drafting');
    for (const wall of walls) expect(Number(await wall.getByTestId('board-overview').getAttribute('data-pages'))).toBeGreaterThan(1);

    // Consensus answers: without names, per sector only once the facilitator chooses it.
    await goTo('consensus_check');
    for (const wall of walls) expect(await wall.getByTestId('board-answers').getAttribute('data-by-sector')).toBe('false');
    await console_.getByTestId('board-consensus-by-sector').click(); // checked once the decision comes back
    for (const wall of walls) {
      await expect.poll(() => wall.getByTestId('board-answers').getAttribute('data-by-sector')).toBe('true');
      await expectInView(wall, 'board-spotlight');
    }
  });

  it('shows the fingerprint and who has signed per capacity during signing, inside the window', async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    await w.readyToFreeze();
    await w.goTo('rights_obligations');
    await w.as('F').must({ type: 'freezeCharter' });
    const boardLink = await api(stage.server.http, 'POST', `/api/workshops/${w.workshopId}/board-link`, {}, w.facilitator.token);
    const events = await w.events();
    const sha = [...events].reverse().find((e: { type: string }) => e.type === 'charterFrozen').data.charterSha256;
    for (const wall of await boards(boardLink.body.path)) {
      await expectInView(wall, 'board-signing');
      expect(await wall.getByTestId('fingerprint').getAttribute('data-sha256')).toBe(sha);
      expect(await wall.getByTestId('board-capacity').count()).toBeGreaterThanOrEqual(2);
      expect(await wall.locator('[data-testid=board-capacity][data-signed=true]').count()).toBe(0);
    }
  });
});

describe('participants follow the room', () => {
  it('a phone on another panel goes to the new step, says so, and can go back', async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    await w.join('S9', 'civil_society');
    await w.goTo('stakeholder_mapping');
    const phone = await (await newPerson(stage.browser, { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${stage.server.http}/w/${w.workshopId}#token=${w.person('S9').token}`);
    await phone.getByTestId('participant-view').waitFor();
    await expect.poll(() => phone.getByTestId('tab-mapping').getAttribute('aria-selected')).toBe('true');
    await phone.getByTestId('tab-flow').click();
    expect(await phone.getByTestId('follow-notice').count()).toBe(0);

    await w.goTo('dot_vote');
    await expect.poll(() => phone.getByTestId('tab-vote').getAttribute('aria-selected')).toBe('true');
    await phone.getByTestId('follow-notice').waitFor();
    await phone.getByTestId('follow-back').click();
    await expect.poll(() => phone.getByTestId('tab-flow').getAttribute('aria-selected')).toBe('true');
    expect(await phone.getByTestId('follow-notice').count()).toBe(0);
  });
});
