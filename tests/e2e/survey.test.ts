/**
 * The satisfaction survey in the browser (issue 17): the facilitator imports a survey CSV in
 * the console (preview with refused rows, then save), puts the result on the board, which shows
 * the index and the low elements inside a 1920x1080 window; the warnings name the low elements
 * whose sections hold no agreed clause, and the coverage view lists what no clause answers
 * first. What the screens show is checked against the rules run on the workshop's event log.
 * With MUFAKAT_SHOTS_DIR set, it leaves screenshots there (1920x1080 and 390x844).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChainEntry } from '../../shared/charter/eventChain';
import type { StoredEventShape } from '../../shared/commands/eventFormat';
import { readEventLog } from '../../shared/commands/eventLog';
import { coverageRows, surveyWarnings } from '../../shared/state/coverage';
import { api } from '../support/api';
import { accessibilityViolations, newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';
import { SKM_EXAMPLE } from '../../shared/testing/skmExample';

const stage = e2eStage();
const shots = process.env.MUFAKAT_SHOTS_DIR;

// The hand-worked example of shared/rules/skm.test.ts (IKM 78,89, grade B; U2, U3, U8, U9 low),
// thirty times over, and two rows the import must refuse.
function surveyCsv(): string {
  const rows = Array.from({ length: 300 }, (_, i) => [`R${i + 1}`, 'Umum', ...SKM_EXAMPLE[i % 10]!]);
  rows.push(['R301', 'Umum', 5, 3, 3, 3, 3, 3, 3, 3, 3], ['R7', 'Umum', 3, 3, 3, 3, 3, 3, 3, 3, 3]);
  return `No;Kelompok;U1;U2;U3;U4;U5;U6;U7;U8;U9\n${rows.map((r) => r.join(';')).join('\n')}\n`;
}

async function shoot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false });
}

async function stateOf(workshopId: string, token: string) {
  const res = await api(stage.server.http, 'GET', `/api/workshops/${workshopId}/events`, undefined, token);
  const read = readEventLog(workshopId, res.body.events as (ChainEntry & StoredEventShape)[]);
  if (!read.ok) throw new Error('event log unreadable');
  return read.state;
}

describe('the satisfaction survey', () => {
  it('imports a survey CSV, shows the index and the low elements on the board, and the coverage in the console', async () => {
    const demo = stage.server.demo!;
    const console_ = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await console_.goto(`${stage.server.http}/f/${demo.workshopId}#token=${demo.facilitatorToken}`);
    await console_.getByTestId('tab-survey').click();
    await console_.getByTestId('survey-panel').waitFor();

    await console_.getByTestId('survey-file').setInputFiles({ name: 'skm-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv()) });
    await console_.getByTestId('survey-preview').click();
    const preview = console_.getByTestId('survey-preview-result');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('300 responden dihitung');
    expect(await console_.getByTestId('survey-refused').locator('li').allTextContents()).toEqual([
      'Baris 302: nilai 5 pada U1 (Persyaratan) di luar 1–4.',
      'Baris 303: nomor responden R7 sudah dipakai di baris 8.',
    ]);
    expect(await preview.getByTestId('survey-ikm').textContent()).toBe('78,89');
    // Nothing is stored by a preview.
    expect((await stateOf(demo.workshopId, demo.facilitatorToken)).survey ?? null).toBeNull();
    await preview.scrollIntoViewIfNeeded();
    await shoot(console_, 'skm-console-preview-1920');

    await console_.getByTestId('survey-commit').click();
    await console_.getByTestId('survey-saved').waitFor();
    await expect.poll(() => console_.getByTestId('survey-recorded').textContent()).toContain('300 responden');
    expect(await console_.getByTestId('survey-grade').textContent()).toBe('B (baik)');
    expect(await console_.locator('[data-testid=survey-element][data-low=true]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-element')))).toEqual(['U2', 'U3', 'U8', 'U9']);

    const board = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await board.goto(`${stage.server.http}/b/${demo.workshopId}#token=${demo.boardToken}`);
    await board.getByTestId('board-view').waitFor();
    await console_.getByTestId('survey-show-on-board').click();
    const wall = board.getByTestId('board-survey');
    await wall.waitFor();
    expect(await board.getByTestId('board-survey-ikm').textContent()).toBe('78,89');
    expect(await board.getByTestId('board-survey-grade').textContent()).toContain('B (baik)');
    expect(await board.getByTestId('board-survey-low').locator('li').allTextContents()).toEqual([
      'U2 Sistem, mekanisme, dan prosedur (2,80) → bagian Sistem, mekanisme, dan prosedur',
      'U3 Waktu penyelesaian (2,50) → bagian Jangka waktu penyelesaian',
      'U8 Penanganan pengaduan, saran, dan masukan (2,70) → bagian Penanganan pengaduan, saran, dan masukan',
      'U9 Sarana dan prasarana (3,00) → bagian Sarana, prasarana, dan/atau fasilitas',
    ]);
    // Inside the window, nothing scrolls.
    await expect
      .poll(async () => {
        const box = (await wall.boundingBox())!;
        const scroll = await board.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
        return box.y >= 0 && box.y + box.height <= 1080.5 && box.x + box.width <= 1920.5 && scroll <= 0;
      })
      .toBe(true);
    expect(await accessibilityViolations(board)).toEqual([]);
    await shoot(board, 'skm-board-1920');
    await board.setViewportSize({ width: 390, height: 844 });
    await shoot(board, 'skm-board-390');

    // A user group no clause names yet: the coverage view lists it first.
    const group = { type: 'addUserGroup', userGroup: { id: 'warga-pulau', name: { id: 'Warga pulau terluar' } } };
    expect((await api(stage.server.http, 'POST', `/api/workshops/${demo.workshopId}/commands`, group, demo.facilitatorToken)).status).toBe(200);
    // The warnings and the coverage view agree with the rules run on the stored log.
    const state = await stateOf(demo.workshopId, demo.facilitatorToken);
    const expectedWarnings = surveyWarnings(state).map((w) => w.element);
    expect(expectedWarnings.length).toBeGreaterThan(0);
    await expect
      .poll(() => console_.locator('[data-testid=survey-warnings] [data-testid=warning]').evaluateAll((items) => items.map((i) => i.getAttribute('data-element'))))
      .toEqual(expectedWarnings);
    expect(await accessibilityViolations(console_)).toEqual([]);
    await shoot(console_, 'skm-console-result-1920');
    if (shots) await console_.getByTestId('warnings-panel').screenshot({ path: path.join(shots, 'skm-warnings.png') });

    await console_.getByTestId('tab-clauses').click();
    const rows = console_.locator('[data-testid=coverage-row]');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((items) => items.map((i) => `${i.getAttribute('data-kind')}:${i.getAttribute('data-id')}:${i.getAttribute('data-covered')}`));
    expect(shown).toEqual(coverageRows(state).map((r) => `${r.kind}:${r.id}:${r.clauseNumbers.length > 0}`));
    expect(shown.filter((s) => s.startsWith('surveyElement')).map((s) => s.split(':')[1]).sort()).toEqual(['U2', 'U3', 'U8', 'U9']);
    expect(shown[0]).toBe('userGroup:warga-pulau:false');
    const firstCovered = shown.findIndex((s) => s.endsWith(':true'));
    expect(shown.slice(firstCovered).every((s) => s.endsWith(':true'))).toBe(true);
    await console_.getByTestId('coverage-panel').scrollIntoViewIfNeeded();
    await shoot(console_, 'skm-coverage-1920');

    const phone = await (await newPerson(stage.browser, { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${stage.server.http}/f/${demo.workshopId}#token=${demo.facilitatorToken}`);
    await phone.getByTestId('tab-survey').click();
    await phone.getByTestId('survey-panel').scrollIntoViewIfNeeded();
    await shoot(phone, 'skm-console-390');
    await phone.getByTestId('coverage-panel').count();
  });
});
