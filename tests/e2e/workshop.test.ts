/**
 * A miniature Kontrak Pelayanan workshop through the real server, one browser context per
 * person: a facilitator (console), the projected board, and three participants from the three
 * sectors (one on a phone). They map stakeholders (pointer drag and keyboard move), draft and
 * amend a clause, hold a hidden dot vote that is revealed, and run a consensus check with a
 * block, its reason and a minority report. Each screen is asserted to show what it should.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { standardAgenda } from '../../client/src/actions/agenda';
import { api, createWorkshop, joinAs } from '../support/api';
import { accessibilityViolations, newPerson, personWithToken } from '../support/browser';
import { SCREENSHOT_DIR, } from '../support/server';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage({ demo: false });

/** Makes this person's device clock wrong by `offsetMs` (Date.now only, as a skewed OS clock would). */
async function skewClock(context: BrowserContext, offsetMs: number): Promise<void> {
  await context.addInitScript((offset) => {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + offset;
  }, offsetMs);
}

async function command(workshopId: string, token: string, body: Record<string, unknown>): Promise<void> {
  const res = await api(stage.server.http, 'POST', `/api/workshops/${workshopId}/commands`, body, token);
  if (res.status !== 200) throw new Error(`${body.type} refused: ${JSON.stringify(res.body)}`);
}

async function drag(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>): Promise<void> {
  // Centre the grid: dnd-kit scrolls the page while a pointer drags near the window's edge.
  await to.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.waitForTimeout(150); // let dnd-kit compute the collision of the last move, as a hand would pause
  await page.mouse.up();
}

const chip = (page: Page, name: string) => page.locator(`[data-testid=stakeholder-card][data-name="${name}"]`);
const clause = (page: Page, text: string) => page.locator('[data-testid=clause]', { hasText: text });
const textOf = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

// docs/screenshots come from wholeWorkshop.test.ts, the whole workshop through the UI.
describe('a miniature workshop', () => {
  it('maps, drafts, votes and checks consensus, with every screen showing its part', async () => {
    const w = await createWorkshop(stage.server.http, 'Lokakarya Akta Kelahiran (uji)');
    const F = w.facilitatorToken;
    await command(w.workshopId, F, { type: 'setAgenda', steps: standardAgenda() });
    const bambang = await joinAs(stage.server.http, w.joinCode, { name: 'Bambang Prasetyo', sector: 'government', category: 'provider_unit' });
    const endang = await joinAs(stage.server.http, w.joinCode, { name: 'Bidan Endang', sector: 'private', category: 'private_provider' });

    // Facilitator console and the board. Neither laptop's clock is right (the facilitator's is
    // 37 minutes slow, the projector's 2 hours fast): the shared step timer runs on the
    // server's clock, so the board must still show the 40-minute step as running, not over.
    const fContext = await newPerson(stage.browser, { viewport: { width: 1440, height: 1000 } });
    await skewClock(fContext, -37 * 60_000);
    const f = await fContext.newPage();
    await f.goto(`${stage.server.http}/f/${w.workshopId}#token=${F}`);
    await f.getByTestId('agenda-stepper').waitFor();
    const boardContext = await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } });
    await skewClock(boardContext, 2 * 3_600_000);
    const board = await boardContext.newPage();
    // The projector laptop gets its own read-only link from the console (the wall-screen identity).
    await f.getByTestId('board-link-create').click();
    const boardUrl = await f.getByTestId('board-link-url').inputValue();
    expect(boardUrl).toContain(`/b/${w.workshopId}#token=`);
    await board.goto(boardUrl);
    await board.getByTestId('board-view').waitFor();
    expect(await textOf(board, 'join-code')).toBe(w.joinCode);
    expect(await board.getByTestId('qr-code').getAttribute('data-value')).toContain(`/j/${w.joinCode}`);

    // Participants: Nur joins on her phone with the code; the others have joined already.
    const nur = await (await newPerson(stage.browser, { viewport: { width: 390, height: 844 } })).newPage();
    await nur.goto(`${stage.server.http}/j/${w.joinCode}`);
    await nur.getByTestId('join-name').fill('Ibu Nur Aini');
    await nur.getByTestId('join-sector').selectOption('civil_society');
    await nur.getByTestId('join-submit').click();
    await nur.getByTestId('participant-view').waitFor();
    const b = await (await personWithToken(stage.browser, w.workshopId, bambang.participantToken)).newPage();
    await b.goto(`${stage.server.http}/w/${w.workshopId}`);
    const e = await (await personWithToken(stage.browser, w.workshopId, endang.participantToken)).newPage();
    await e.goto(`${stage.server.http}/w/${w.workshopId}`);
    await e.getByTestId('participant-view').waitFor();

    // Everyone online: no sector is missing from the room.
    await expect.poll(() => f.locator('[data-testid=warning][data-code=sector_absent]').count(), { timeout: 15_000 }).toBe(0);

    // ---- Stakeholder mapping ----
    await f.getByTestId('agenda-step-stakeholder_mapping').click();
    await expect.poll(() => textOf(board, 'step-title')).toContain('Pemetaan');
    await board.locator('[data-testid=step-timer][data-state=running]').waitFor();
    expect(await textOf(board, 'step-timer')).toMatch(/(39|40):\d\d/); // about 40 minutes left
    await b.getByTestId('mapping-panel').waitFor();
    await b.getByTestId('add-stakeholder-name').fill('Kepala Dindukcapil');
    await b.getByTestId('add-stakeholder-category').selectOption('provider_unit');
    await b.getByTestId('add-stakeholder-power').selectOption('5');
    await b.getByTestId('add-stakeholder-interest').selectOption('5');
    await b.getByTestId('add-stakeholder-submit').click();
    await nur.getByTestId('add-stakeholder-name').fill('Forum Peduli Anak');
    await nur.getByTestId('add-stakeholder-category').selectOption('ngo');
    await nur.getByTestId('add-stakeholder-power').selectOption('2');
    await nur.getByTestId('add-stakeholder-interest').selectOption('5');
    await nur.getByTestId('add-stakeholder-submit').click();
    await chip(board, 'Forum Peduli Anak').waitFor();
    // Only government among the key players: the console warns.
    await f.locator('[data-testid=warning][data-code=key_players_government]').waitFor();

    // Endang drags the NGO card up into the key-player quadrant with the mouse…
    await drag(e, chip(e, 'Forum Peduli Anak'), e.getByTestId('cell-4-5'));
    await expect.poll(() => chip(board, 'Forum Peduli Anak').getAttribute('data-power')).toBe('4');
    await expect.poll(() => f.locator('[data-testid=warning][data-code=key_players_government]').count()).toBe(0);
    // …and Bambang moves his own card one cell left with the keyboard.
    await chip(b, 'Kepala Dindukcapil').focus();
    await b.keyboard.press('Space');
    await b.waitForTimeout(150);
    await b.keyboard.press('ArrowLeft');
    await b.waitForTimeout(150);
    await b.keyboard.press('Space');
    await expect.poll(() => chip(board, 'Kepala Dindukcapil').getAttribute('data-interest')).toBe('4');
    expect(await chip(nur, 'Kepala Dindukcapil').getAttribute('data-interest')).toBe('4');
    // On Nur's phone the map is a list per quadrant with whole names (the 5 × 5 grid shrank
    // them to "D…"); she moves a card by choosing its power.
    expect(await nur.getByTestId('stakeholder-grid').getAttribute('data-layout')).toBe('list');
    const nurKeyPlayers = nur.getByTestId('quadrant-key_player');
    expect(await nurKeyPlayers.locator('.quadrant-card__name').allTextContents()).toEqual(['Kepala Dindukcapil', 'Forum Peduli Anak']);
    const nameBox = await nurKeyPlayers.locator('.quadrant-card__name').first().evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(nameBox).toBe(true);
    await chip(nur, 'Forum Peduli Anak').getByTestId('card-power').selectOption('5');
    await expect.poll(() => chip(board, 'Forum Peduli Anak').getAttribute('data-power')).toBe('5');
    if (process.env.MUFAKAT_UPDATE_SCREENSHOTS === '1') await nur.screenshot({ path: `${SCREENSHOT_DIR}/mapping-phone.png`, fullPage: true });
    // No serious or critical accessibility findings on the three kinds of screen.
    for (const page of [f, board, nur]) expect(await accessibilityViolations(page)).toEqual([]);

    // ---- Drafting and amending ----
    await f.getByTestId('agenda-step-drafting').click();
    await e.getByTestId('drafting-panel').waitFor();
    await e.getByTestId('propose-toggle').click();
    await e.getByTestId('propose-section').selectOption('WAKTU');
    await e.getByTestId('propose-text').fill('Akta selesai paling lama 5 hari kerja sejak berkas lengkap.');
    await e.getByTestId('propose-rationale').fill('Kapasitas petugas saat ini.');
    await e.getByTestId('propose-ask-value').fill('1');
    await e.getByTestId('propose-baseline-value').fill('7');
    await e.getByTestId('propose-commitment-value').fill('5');
    await e.getByTestId('propose-submit').click();
    for (const [section, text] of [
      ['BIAYA', 'Rp 0: tidak dipungut biaya apa pun.'],
      ['PENGADUAN', 'Pengaduan ditanggapi paling lama 2x24 jam.'],
    ]) {
      await command(w.workshopId, F, { type: 'proposeClause', clauseId: `c-${section}`, versionId: `v-${section}`, sectionCode: section, text: { id: text }, rationale: 'Dari survei pengaduan.', obligatedParty: 'provider' });
    }
    // Nur writes in the clause's working text, then proposes it as an amendment.
    const waktu = clause(nur, 'Akta selesai');
    await waktu.getByTestId('clause-text-toggle').click();
    await waktu.getByTestId('clause-editor').click();
    await nur.keyboard.type('Akta selesai paling lama 3 hari kerja sejak berkas lengkap.');
    await nur.locator('[data-testid=sync-status][data-state=saved]').waitFor();
    await waktu.getByTestId('clause-amend-toggle').click();
    expect(await waktu.getByTestId('amend-text').inputValue()).toContain('3 hari kerja');
    await waktu.getByTestId('amend-submit').click();
    await waktu.locator('[data-testid=consensus-missing], [role=alert]').first().waitFor(); // rationale is required
    await waktu.getByTestId('amend-rationale').fill('Orang tua bayi perlu akta cepat; kompromi.');
    await waktu.getByTestId('amend-commitment-value').fill('3');
    await waktu.getByTestId('amend-submit').click();
    await expect.poll(() => waktu.getByTestId('version').count()).toBe(2);
    await expect.poll(() => clause(board, 'Akta selesai paling lama 3').count()).toBe(0); // the board is a table
    await expect.poll(() => board.getByTestId('board-clauses').textContent()).toContain('3 hari kerja sejak');
    const boardRow = board.locator('[data-testid=board-clause]', { hasText: '3 hari kerja sejak' });
    expect(await boardRow.textContent()).toMatch(/1 hari kerja.*7 hari kerja.*3 hari kerja/);

    // ---- Hidden dot vote ----
    await f.getByTestId('agenda-step-dot_vote').click();
    await f.getByTestId('vote-config-form').waitFor();
    await f.getByTestId('vote-config-budget').fill('2');
    await f.getByTestId('vote-config-submit').click();
    await f.getByTestId('vote-open').click();
    // Before anyone votes, the console names who has not voted yet.
    await expect.poll(() => textOf(f, 'vote-not-yet')).toContain('Ibu Nur Aini');
    await f.locator('[data-testid=vote-round][data-status=open]').waitFor();
    const vote = async (page: Page, text: string, times: number, already = 0) => {
      const option = page.locator('[data-testid=vote-option]', { hasText: text });
      await expect.poll(() => option.getAttribute('data-mine')).toBe(String(already));
      for (let i = 0; i < times; i++) {
        await option.getByTestId('vote-add').click();
        await expect.poll(() => option.getAttribute('data-mine')).toBe(String(already + i + 1));
      }
    };
    await nur.locator('[data-testid=dots-left][data-left="2"]').waitFor();
    await vote(nur, 'Akta selesai', 2);
    await nur.locator('[data-testid=dots-left][data-left="0"]').waitFor();
    // Past the budget "+" is disabled, and the line it points to says why (no refusal afterwards).
    const spent = nur.locator('[data-testid=vote-option]', { hasText: 'Rp 0' }).getByTestId('vote-add');
    expect(await spent.isDisabled()).toBe(true);
    expect(await spent.getAttribute('data-block')).toBe('dot_budget_exhausted');
    expect(await textOf(nur, 'dots-left')).toContain('sudah habis');
    await vote(e, 'Akta selesai', 1);
    // A second device of Endang's shows the same dots: the server holds them, not the browser.
    const e2 = await (await personWithToken(stage.browser, w.workshopId, endang.participantToken)).newPage();
    await e2.goto(`${stage.server.http}/w/${w.workshopId}`);
    await e2.locator('[data-testid=dots-left][data-left="1"]').waitFor();
    await expect.poll(() => e2.locator('[data-testid=vote-option]', { hasText: 'Akta selesai' }).getAttribute('data-mine')).toBe('1');
    await e2.context().close();
    await vote(b, 'Rp 0', 1);
    // The facilitator places Bambang's second dot for him (he has no device at hand).
    await f.getByTestId('act-for-select').selectOption(bambang.participantId);
    await f.getByTestId('act-for-banner').waitFor();
    // The console reads Bambang's own dot from the server before adding the second.
    await vote(f, 'Rp 0', 1, 1);
    await f.getByTestId('act-for-select').selectOption('');
    await expect.poll(() => f.getByTestId('vote-voters').getAttribute('data-voters')).toBe('3');
    // Everyone eligible has voted, so the console names nobody as still waiting.
    await expect.poll(() => f.getByTestId('vote-not-yet').count()).toBe(0);
    // Hidden until revealed: the board counts voters and shows no tallies.
    await expect.poll(() => textOf(board, 'board-voters')).toContain('3 dari 3');
    expect(await board.getByTestId('tally-chart').count()).toBe(0);
    await f.getByTestId('vote-close').click();
    await f.getByTestId('vote-reveal').click();
    await board.getByTestId('tally-chart').waitFor();
    const top = board.locator('[data-testid=tally-row]').first();
    expect(await top.getAttribute('data-total')).toBe('3');
    expect(await top.getByTestId('tally-civil_society').textContent()).toBe('2');
    expect(await top.getByTestId('tally-private').textContent()).toBe('1');
    const second = board.locator('[data-testid=tally-row]').nth(1);
    expect(await second.getByTestId('tally-government').textContent()).toBe('2');
    // Both top clauses drew most dots from one sector: the console says so.
    await expect.poll(() => f.locator('[data-testid=warning][data-code=sector_dominates]').count()).toBe(2);

    // ---- Consensus check with a block ----
    await f.getByTestId('agenda-step-consensus_check').click();
    const fw = clause(f, 'Akta selesai');
    await fw.getByTestId('clause-set-under_discussion').click();
    await fw.getByTestId('check-start-toggle').click();
    await fw.getByTestId('check-start').click();
    await fw.locator('[data-testid=consensus-result][data-recorded=false]').waitFor();
    await nur.getByTestId('consensus-level-1').check();
    await nur.getByTestId('consensus-submit').click();
    await e.getByTestId('consensus-level-3').check();
    await e.getByTestId('consensus-reason').fill('Perlu tambahan petugas loket.');
    await e.getByTestId('consensus-submit').click();
    await b.getByTestId('consensus-level-8').check();
    await b.getByTestId('consensus-submit').click();
    await b.getByTestId('consensus-missing').waitFor(); // a block needs a reason
    await b.getByTestId('consensus-reason').fill('Tiga hari belum mungkin tanpa tambahan petugas.');
    await b.getByTestId('consensus-submit').click();
    await b.getByTestId('my-answer').waitFor();
    await expect.poll(() => fw.getByTestId('consensus-result').textContent()).toContain('3 jawaban');
    expect(await fw.getByTestId('consensus-outcome').textContent()).toContain('Ditolak');
    await fw.getByTestId('minority-report-text').fill('Penyelenggara minta 5 hari kerja sampai ada petugas tambahan.');
    await fw.getByTestId('outcome-record').click();
    await fw.locator('[data-testid=consensus-result][data-recorded=true]').waitFor();
    await fw.getByTestId('clause-focus').click();
    const spot = board.getByTestId('board-spotlight');
    // The wall never shows names; the answers per sector (with reasons) once the facilitator chooses it.
    await spot.waitFor();
    expect(await spot.getByTestId('consensus-blockers').count()).toBe(0);
    await f.getByTestId('board-consensus-by-sector').click();
    await expect.poll(() => spot.getByTestId('minority-report').textContent()).toContain('5 hari kerja sampai');
    expect(await spot.getByTestId('consensus-blockers').textContent()).toContain('Tiga hari belum mungkin');
    expect(await spot.getByTestId('consensus-reservations').textContent()).toContain('Perlu tambahan petugas');
    expect(await spot.getByTestId('consensus-outcome').textContent()).toContain('Ditolak');
    expect(await spot.textContent()).not.toContain('Bambang');

    // The same screen in English.
    await nur.getByTestId('language-en').click();
    await expect.poll(() => nur.getByTestId('tab-consensus').textContent()).toContain('Agreement');
  });
});
