/**
 * Paper in the same tally (issue 17), in the demo room: the facilitator types the flip chart's
 * counted stickers for four users without a phone (refused beyond their budget, with the reason
 * in Indonesian), then their paper consensus cards; the wall shows the paper share of both.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPerson } from '../support/browser';
import { checkSaturdayCounter, demoRoom, openPaperDotRound, revealPaperDotRound } from '../support/demoRoom';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage();
const SHOTS = process.env.MUFAKAT_PAPER_SHOTS; // a folder for screenshots, when looking at the screens

/** The page at 1920x1080 and 390x844, or only `part` of it (an entry form) at both widths. */
const shoot = async (page: Page, name: string, part?: Locator) => {
  if (!SHOTS) return;
  for (const [w, h] of [[1920, 1080], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await (part ?? page).screenshot({ path: `${SHOTS}/${name}-${w}.png` });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
};

describe('paper dots and paper consensus cards', () => {
  it('the facilitator enters both, an impossible count is refused, and the board shows the paper share', { timeout: 120_000 }, async () => {
    const demo = stage.server.demo!;
    const base = stage.server.http;
    const room = await demoRoom(stage.server);

    // Two new clauses to prioritise: 3 dots per person, at most 3 on one clause.
    await openPaperDotRound(room);

    const f = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await f.goto(`${base}/f/${demo.workshopId}#token=${demo.facilitatorToken}`);
    const sheet = f.getByTestId('paper-dots-civil_society');
    await sheet.waitFor();
    await sheet.getByTestId('paper-voters').fill('4'); // 12 dots, at most 12 on one clause
    const inputs = sheet.getByTestId('paper-dots-input');
    await inputs.nth(0).fill('9');
    await inputs.nth(1).fill('4'); // 13 of 12
    await sheet.getByTestId('paper-dots-save').click();
    const refusal = sheet.getByTestId('refusal');
    await expect.poll(() => refusal.getAttribute('data-code')).toBe('paper_dots_over_budget');
    expect(await refusal.textContent()).toBe('4 peserta kertas hanya punya 12 titik (3 per orang); 9 sudah tercatat pada pilihan lain.');
    await shoot(f, 'console-paper-dots-refused', f.getByTestId('paper-dots'));
    await inputs.nth(1).fill('3');
    await sheet.getByTestId('paper-dots-save').click();
    await sheet.getByTestId('paper-saved').waitFor();
    await revealPaperDotRound(room);

    // The wall: one tally, the paper share named.
    const board = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await board.goto(`${base}/b/${demo.workshopId}#token=${demo.boardToken}`);
    const paperLine = board.getByTestId('board-vote').getByTestId('tally-paper');
    await expect.poll(() => paperLine.textContent()).toBe('termasuk 12 titik kertas dari 4 peserta tanpa perangkat');
    expect(await board.getByTestId('board-vote').getByTestId('tally-row').first().getAttribute('data-total')).toBe('9');
    await shoot(board, 'board-paper-dots');

    // A consensus check on the Saturday counter: four users raise paper cards.
    await checkSaturdayCounter(room);
    const card = f.locator('[data-testid=clause]', { hasText: 'Loket akta kelahiran buka hari Sabtu' });
    const cards = card.getByTestId('paper-cards-civil_society');
    await cards.waitFor();
    await cards.getByTestId('paper-participants').fill('2');
    await cards.getByTestId('paper-level-5').fill('3');
    await cards.getByTestId('paper-cards-save').click();
    await expect.poll(() => cards.getByTestId('refusal').getAttribute('data-code')).toBe('paper_cards_exceed_participants');
    expect(await cards.getByTestId('refusal').textContent()).toBe('3 kartu tidak mungkin berasal dari 2 peserta kertas.');
    await cards.getByTestId('paper-participants').fill('4');
    await cards.getByTestId('paper-cards-save').click();
    await cards.getByTestId('paper-saved').waitFor();
    await expect.poll(() => card.getByTestId('consensus-paper').textContent()).toBe('termasuk 3 kartu kertas dari 4 peserta tanpa perangkat');
    await expect.poll(() => card.getByTestId('consensus-sector-civil_society').textContent()).toContain('dari 7 mendukung (termasuk 4 peserta dengan kartu kertas)');
    // Paper cards are answers: the check's quorum (one answer) is reached without any phone.
    await expect.poll(() => card.getByTestId('outcome-quorum').count()).toBe(0);
    await shoot(f, 'console-paper-cards', card);

    await card.getByTestId('clause-focus').click();
    const answers = board.getByTestId('board-answers');
    await expect.poll(() => answers.getByTestId('board-paper').textContent()).toBe('termasuk 3 kartu kertas dari 4 peserta tanpa perangkat');
    await shoot(board, 'board-paper-cards');
  });
});
