/**
 * Complaints as evidence through the browser (issue 17): the facilitator imports a generated
 * SP4N-LAPOR! export through the column-mapping step, makes a theme, links a clause to it, and
 * the projector (its own browser context) shows the theme chart.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { standardAgenda } from '../../client/src/actions/agenda';
import { api, createWorkshop } from '../support/api';
import { accessibilityViolations, newPerson } from '../support/browser';
import { complaintRows, exportCsv } from '../fixtures/complaintFiles';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage({ demo: false });

async function command(workshopId: string, token: string, body: Record<string, unknown>): Promise<void> {
  const res = await api(stage.server.http, 'POST', `/api/workshops/${workshopId}/commands`, body, token);
  if (res.status !== 200) throw new Error(`${body.type} refused: ${JSON.stringify(res.body)}`);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/i17-complaints-${name}.png`, fullPage: false });

describe('complaints in the console and on the board', () => {
  it('imports a CSV through the mapping step, makes a theme, links a clause, and charts it on the board', async () => {
    const w = await createWorkshop(stage.server.http, 'Lokakarya Puskesmas (uji pengaduan)');
    const F = w.facilitatorToken;
    const agenda = standardAgenda();
    await command(w.workshopId, F, { type: 'setAgenda', steps: agenda });
    await command(w.workshopId, F, { type: 'setAgendaStep', stepId: agenda.find((s) => s.method === 'complaint_review')!.id });
    await command(w.workshopId, F, {
      type: 'proposeClause', clauseId: 'k1', versionId: 'k1v1', sectionCode: 'WAKTU', text: { id: 'Pasien didaftar paling lama 15 menit sejak datang.' },
      rationale: 'Keluhan antrean', obligatedParty: 'provider',
    });

    // The export calls its date column "Waktu Masuk"; the mapping step shows what it guessed.
    const rows = complaintRows(300);
    const lines = exportCsv(rows).replace('Tanggal Laporan', 'Waktu Masuk').trimEnd().split('\r\n');
    lines.push(lines[3]!); // row 302 repeats row 4
    const file = path.join(os.tmpdir(), `lapor-${w.workshopId}.csv`);
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);

    const f = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await f.goto(`${stage.server.http}/f/${w.workshopId}#token=${F}`);
    await f.getByTestId('complaint-import').waitFor();
    await f.getByTestId('complaint-file').setInputFiles(file);
    await f.getByTestId('complaint-preview').waitFor();
    expect(await f.getByTestId('complaint-dropped').textContent()).toContain('Nama Pelapor, No. HP');
    // "Waktu Masuk" was guessed as the date; choose the columns as the facilitator would check them.
    await f.getByTestId('complaint-map-date').selectOption('Waktu Masuk');
    await f.getByTestId('complaint-map-text').selectOption('Isi Laporan');
    await expect.poll(() => f.getByTestId('complaint-preview-counts').textContent()).toContain('300 baris siap diimpor');
    expect(await f.getByTestId('complaint-refused').textContent()).toContain('Baris 302: sama dengan baris 4');
    await f.getByTestId('complaint-preview').scrollIntoViewIfNeeded();
    await shot(f, 'import-1920');
    expect((await accessibilityViolations(f)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await f.setViewportSize({ width: 390, height: 844 });
    await f.getByTestId('complaint-preview').scrollIntoViewIfNeeded();
    await shot(f, 'preview-390');
    expect(await f.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await f.setViewportSize({ width: 1920, height: 1080 });

    await f.getByTestId('complaint-commit').click();
    await expect.poll(() => f.getByTestId('complaint-import-done').textContent()).toContain('300 pengaduan diimpor');
    await expect.poll(() => f.getByTestId('complaint-totals').textContent()).toContain('300 pengaduan; 300 belum masuk tema');

    // Themes from the category column, then one theme made by hand from selected complaints.
    await f.getByTestId('complaint-seed').click();
    await expect.poll(() => f.getByTestId('complaint-theme-row').count()).toBe(5);
    await f.getByTestId('complaint-typed').locator('input[type=text]').first().fill('Kotak saran');
    await f.getByTestId('complaint-typed').locator('textarea').fill('Jam buka loket tidak sesuai papan pengumuman');
    await f.getByTestId('complaint-typed').getByRole('button').click();
    await expect.poll(() => f.getByTestId('complaint-row').count()).toBe(1);
    await f.getByTestId('complaint-row').first().getByRole('checkbox').check();
    await f.getByTestId('complaint-theme-name').fill('Jam buka');
    await f.getByTestId('complaint-theme-create').click();
    await expect.poll(() => f.getByTestId('complaint-theme-row').count()).toBe(6);
    const jam = f.locator('[data-testid=complaint-theme-row][data-theme="Jam buka"]');
    await jam.getByTestId('complaint-theme-rename').click();
    await jam.locator('input').fill('Jam layanan');
    await jam.locator('input').press('Enter');
    await f.locator('[data-testid=complaint-theme-row][data-theme="Jam layanan"]').waitFor();

    // The largest theme has no clause: the warning names it until K1 answers it.
    const top = (await f.getByTestId('complaint-theme-row').first().getAttribute('data-theme'))!;
    await expect.poll(() => f.locator('[data-testid=warning][data-code=complaint_theme_unanswered]').allTextContents()).toContainEqual(expect.stringContaining(`"${top}"`));
    await f.getByTestId('complaint-theme-row').first().getByTestId('complaint-link-clause').selectOption('k1');
    await expect.poll(() => f.getByTestId('complaint-theme-row').first().textContent()).toContain('K1');
    await expect.poll(() => f.locator('[data-testid=warning][data-code=complaint_theme_unanswered]').allTextContents()).not.toContainEqual(expect.stringContaining(`"${top}"`));

    await f.getByTestId('complaint-theme-table').scrollIntoViewIfNeeded();
    await shot(f, 'themes-1920');
    expect((await accessibilityViolations(f)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await f.getByTestId('complaint-show-board').click();
    const boardLink = await api(stage.server.http, 'POST', `/api/workshops/${w.workshopId}/board-link`, {}, F);
    const board = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await board.goto(`${stage.server.http}${boardLink.body.path}`);
    const bars = board.getByTestId('board-complaint-bar');
    await expect.poll(() => bars.count()).toBe(6);
    expect(await bars.first().getAttribute('data-theme')).toBe(top);
    expect(await bars.first().textContent()).toContain('dijawab K1');
    expect(await bars.nth(1).textContent()).toContain('belum ada klausul');
    expect(await bars.last().getAttribute('data-theme')).toBe('Jam layanan');
    // Inside the window, nothing cut off.
    const box = await board.getByTestId('board-complaints').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(1080);
    await shot(board, 'board-1920');

    await board.setViewportSize({ width: 390, height: 844 });
    await shot(board, 'board-390');
    await f.setViewportSize({ width: 390, height: 844 });
    await f.getByTestId('complaint-import').scrollIntoViewIfNeeded();
    await shot(f, 'import-390');
    await f.getByTestId('complaint-theme-table').scrollIntoViewIfNeeded();
    await shot(f, 'themes-390');
  });
});
