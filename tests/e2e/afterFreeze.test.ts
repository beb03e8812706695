/**
 * After the freeze nobody may write the content document, but the workshop goes on: the
 * console still moves the agenda, keeps time and points the board. Those are decisions now
 * (setAgendaStep, setStepClock, setBoardFocus), so no screen's socket is closed. And a change
 * the server refused for good (typed offline before the freeze) is dropped, not replayed on
 * every reload. One browser context per person, through the real server.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api';
import { newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';
import { ApiWorkshop } from '../support/workshop';

const stage = e2eStage({ demo: false });

/** A page whose WebSocket closes are counted: a refused write shows up as a close. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; closes: () => number }> {
  const page = await context.newPage();
  let closed = 0;
  page.on('websocket', (ws) => ws.on('close', () => closed++));
  return { page, closes: () => closed };
}

const timer = (page: Page) => page.locator('[data-testid=step-timer]').first();
const saved = (page: Page) => page.locator('[data-testid=sync-status][data-state=saved][data-connection=connected]').waitFor();

async function frozenWorkshop(): Promise<ApiWorkshop> {
  const w = await ApiWorkshop.create(stage.server.http);
  await w.readyToFreeze();
  await w.goTo('rights_obligations');
  await w.as('F').must({ type: 'freezeCharter' });
  return w;
}

describe('after the freeze', () => {
  it('the console moves the agenda and steers the timer, the board and a participant follow, and no socket is closed', async () => {
    const w = await frozenWorkshop();
    const console_ = await watchedPage(await newPerson(stage.browser, { viewport: { width: 1440, height: 1000 } }));
    await console_.page.goto(`${stage.server.http}/f/${w.workshopId}#token=${w.facilitator.token}`);
    await console_.page.getByTestId('agenda-stepper').waitFor();
    await saved(console_.page);

    const boardLink = await api(stage.server.http, 'POST', `/api/workshops/${w.workshopId}/board-link`, {}, w.facilitator.token);
    const board = await watchedPage(await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } }));
    await board.page.goto(`${stage.server.http}${boardLink.body.path}`);
    await board.page.getByTestId('board-view').waitFor();

    const participant = await watchedPage(await newPerson(stage.browser, { viewport: { width: 390, height: 844 } }));
    await participant.page.goto(`${stage.server.http}/w/${w.workshopId}#token=${w.person('S9').token}`);
    await participant.page.getByTestId('participant-view').waitFor();
    await saved(participant.page);

    // "Berikutnya" on the console: rights and obligations → sign-off, the last step.
    await console_.page.getByTestId('agenda-next').click();
    await expect.poll(() => board.page.getByTestId('step-banner').getAttribute('data-method')).toBe('sign_off');
    await expect.poll(() => participant.page.getByTestId('step-banner').getAttribute('data-method')).toBe('sign_off');
    for (const page of [console_.page, board.page, participant.page]) {
      await page.locator('[data-testid=step-timer][data-state=running]').first().waitFor();
      expect(await timer(page).textContent()).toMatch(/(29|30):\d\d/); // a fresh 30-minute step
    }

    // Pause and five more minutes: every screen shows the same stopped 35-minute timer.
    await console_.page.getByTestId('clock-pause').click();
    await console_.page.getByTestId('clock-resume').waitFor();
    await console_.page.getByTestId('clock-extend').click();
    for (const page of [console_.page, board.page, participant.page]) {
      await page.locator('[data-testid=step-timer][data-state=paused]').first().waitFor();
      await expect.poll(() => timer(page).textContent()).toMatch(/3[45]:\d\d/);
    }

    // The board spotlights an agreed clause, and the console brings it back to the step.
    const clauseId = 'c_PERSYARATAN';
    await w.as('F').must({ type: 'setBoardFocus', focus: { kind: 'clause', id: clauseId } });
    await board.page.getByTestId('board-spotlight').waitFor();
    await w.as('F').must({ type: 'setBoardFocus', focus: null });
    await board.page.getByTestId('board-spotlight').waitFor({ state: 'detached' });

    // Every screen is still connected and was never refused.
    for (const screen of [console_, board, participant]) {
      expect(await screen.page.getByTestId('closed-notice').count()).toBe(0);
      expect(screen.closes()).toBe(0);
    }
    expect(await console_.page.getByTestId('refusal').count()).toBe(0);
  });

  it('a change the server refused is dropped and said so, and a reload does not replay it', async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    await w.readyToFreeze();
    await w.goTo('rights_obligations');
    const context = await newPerson(stage.browser);
    const { page, closes } = await watchedPage(context);
    await page.goto(`${stage.server.http}/w/${w.workshopId}#token=${w.person('S9').token}`);
    await page.getByTestId('participant-view').waitFor();
    await page.getByTestId('editor').click();
    await page.keyboard.type('Catatan tersimpan.');
    await saved(page);

    // Typed offline, while the lead facilitator freezes the charter.
    await context.setOffline(true);
    await page.locator('[data-testid=sync-status][data-state=offline]').waitFor();
    await page.getByTestId('editor').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Catatan yang ditolak.');
    await page.locator('[data-testid=sync-status][data-state=unsaved]').waitFor();
    await w.as('F').must({ type: 'freezeCharter' });

    // Back online, the edit goes out, the server refuses it for good (4403): the client drops
    // it, resyncs read-only and tells the person.
    await context.setOffline(false);
    await page.getByTestId('discarded-notice').waitFor();
    expect(await page.getByTestId('discarded-notice').textContent()).toContain('Perubahan Anda tidak disimpan');
    await saved(page);
    const notes = () => page.getByTestId('board-document').textContent();
    expect(await notes()).toContain('Catatan tersimpan.');
    expect(await notes()).not.toContain('ditolak');
    expect(await page.getByTestId('closed-notice').count()).toBe(0);
    const closesBeforeReload = closes();
    expect(closesBeforeReload).toBeGreaterThanOrEqual(1); // the refused socket, closed by the server

    // A reload starts from the server's version: nothing to replay, nothing refused. `saved`
    // needs our sync step 2 stored, so a replayed edit would have closed the socket before it.
    await page.reload();
    await page.getByTestId('participant-view').waitFor();
    await saved(page);
    expect(await page.getByTestId('closed-notice').count()).toBe(0);
    expect(await page.getByTestId('discarded-notice').count()).toBe(0);
    expect(await notes()).toContain('Catatan tersimpan.');
    expect(await notes()).not.toContain('ditolak');
  });
});
