/**
 * Two people in separate browser contexts edit the same charter draft through the real
 * server; a third context watches the projected board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage();

async function joinFromHome(page: Page, joinCode: string, name: string, sector: string): Promise<void> {
  await page.goto(`${stage.server.http}/`);
  await page.getByTestId('join-code-input').fill(joinCode.toLowerCase());
  await page.getByTestId('join-code-submit').click();
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-sector').selectOption(sector);
  await page.getByTestId('join-submit').click();
  await page.getByTestId('participant-view').waitFor();
}

const saved = (page: Page) => page.locator('[data-testid=sync-status][data-state=saved]').waitFor();

describe('collaborative editing in the browser', () => {
  it('text typed by one person appears for another, with a named caret and a stored status', async () => {
    const demo = stage.server.demo!;
    const facilitator = await (await newPerson(stage.browser)).newPage();
    await facilitator.goto(`${stage.server.http}/f/${demo.workshopId}#token=${demo.facilitatorToken}`);
    await facilitator.getByTestId('facilitator-view').waitFor();
    expect(facilitator.url()).not.toContain('token='); // the key leaves the address bar
    await saved(facilitator);

    const siti = await (await newPerson(stage.browser, { viewport: { width: 390, height: 844 } })).newPage();
    await joinFromHome(siti, demo.joinCode, 'Siti Rahma', 'civil_society');
    await saved(siti);

    const editor = siti.getByTestId('editor');
    await editor.click();
    await siti.keyboard.press('Control+End');
    await siti.keyboard.type(' Antrean prioritas bagi lansia.');
    await expect.poll(() => facilitator.getByTestId('editor').innerText()).toContain('Antrean prioritas bagi lansia.');
    await saved(siti);

    // The facilitator sees Siti's caret with her name.
    const label = facilitator.locator('.collaboration-carets__label', { hasText: 'Siti Rahma' });
    await label.waitFor();
    expect(await label.isVisible()).toBe(true);

    // And the facilitator's typing reaches Siti.
    await facilitator.getByTestId('editor').click();
    await facilitator.keyboard.press('Control+End');
    await facilitator.keyboard.type(' Disepakati bersama.');
    await expect.poll(() => editor.innerText()).toContain('Disepakati bersama.');

    const board = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await board.goto(`${stage.server.http}/b/${demo.workshopId}#token=${demo.boardToken}`);
    await expect.poll(() => board.getByTestId('board-document').innerText()).toContain('Disepakati bersama.');

    // docs/screenshots come from wholeWorkshop.test.ts, which shows every screen mid-workshop.
  });

  it('edits made offline are shown as not stored, survive a reload, and sync after reconnecting', async () => {
    const demo = stage.server.demo!;
    const ctxA = await newPerson(stage.browser);
    const a = await ctxA.newPage();
    await joinFromHome(a, demo.joinCode, 'Pak Darmo', 'civil_society');
    await saved(a);
    const b = await (await newPerson(stage.browser)).newPage();
    await joinFromHome(b, demo.joinCode, 'Bidan Endang', 'private');
    await saved(b);

    await ctxA.setOffline(true);
    await a.locator('[data-testid=sync-status][data-state=offline]').waitFor();
    await a.getByTestId('editor').click();
    await a.keyboard.press('Control+End');
    await a.keyboard.type(' Catatan luring RW.');
    await a.locator('[data-testid=sync-status][data-state=unsaved]').waitFor();
    // y-indexeddb writes each update in its own IndexedDB transaction; give the last
    // keystrokes a moment to commit before the page is torn down.
    await a.waitForTimeout(500);

    // A reload with no network still shows the document and says what is not stored.
    await a.reload();
    await expect.poll(() => a.getByTestId('editor').innerText()).toContain('Catatan luring RW.');
    await a.locator('[data-testid=sync-status][data-state=unsaved]').waitFor();
    expect(await b.getByTestId('editor').innerText()).not.toContain('Catatan luring RW.');

    await ctxA.setOffline(false);
    await saved(a);
    await expect.poll(() => b.getByTestId('editor').innerText()).toContain('Catatan luring RW.');
  });
});
