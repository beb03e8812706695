/**
 * Issue 17 end to end, in one room: the facilitator brings in the evidence (a complaint export
 * through the mapping step, the satisfaction survey), links a clause to the largest complaint
 * theme, and types in what the flip chart and the paper cards say for users without a phone.
 * The coverage view lists the theme with its clause and the low survey elements; the board (its
 * own browser context) shows the paper share; the notulen, exported from the event log, name it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPerson } from '../support/browser';
import { complaintRows, exportCsv } from '../fixtures/complaintFiles';
import { checkSaturdayCounter, demoRoom, openPaperDotRound, revealPaperDotRound } from '../support/demoRoom';
import { e2eStage } from '../support/e2eStage';
import { SKM_EXAMPLE } from '../../shared/testing/skmExample';

const stage = e2eStage();

/** Ten respondents of the hand-worked SKM example (U2, U3, U8, U9 low), twelve times over. */
const surveyCsv = () => `No;U1;U2;U3;U4;U5;U6;U7;U8;U9\n${Array.from({ length: 120 }, (_, i) => [`R${i + 1}`, ...SKM_EXAMPLE[i % 10]!].join(';')).join('\n')}\n`;

describe('evidence in, paper in', () => {
  it('imports complaints and a survey, links a clause, enters paper dots and cards, and shows the paper share on the board and in the notulen', { timeout: 180_000 }, async () => {
    const demo = stage.server.demo!;
    const base = stage.server.http;
    const room = await demoRoom(stage.server);
    const { run, step } = room;
    await run({ type: 'setAgendaStep', stepId: step('complaint_review') });

    const f = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await f.goto(`${base}/f/${demo.workshopId}#token=${demo.facilitatorToken}`);

    // 1. Complaints: the review step opens the complaints tab; import, seed themes from the category column.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-evidence-')), 'lapor.csv');
    fs.writeFileSync(file, exportCsv(complaintRows(120)));
    await f.getByTestId('complaint-import').waitFor();
    await f.getByTestId('complaint-file').setInputFiles(file);
    await expect.poll(() => f.getByTestId('complaint-preview-counts').textContent()).toContain('120 baris siap diimpor');
    await f.getByTestId('complaint-commit').click();
    await expect.poll(() => f.getByTestId('complaint-import-done').textContent()).toContain('120 pengaduan diimpor');
    await f.getByTestId('complaint-seed').click();
    await expect.poll(() => f.getByTestId('complaint-theme-row').count()).toBeGreaterThan(1);
    const top = (await f.getByTestId('complaint-theme-row').first().getAttribute('data-theme'))!;
    // The largest theme is answered by the demo's first clause (the select lists clauses by K-number).
    const link = f.getByTestId('complaint-theme-row').first().getByTestId('complaint-link-clause');
    const firstClause = await link.locator('option').nth(1).getAttribute('value');
    await link.selectOption(firstClause!);
    const label = (await link.locator('option').nth(1).textContent()) ?? '';
    await expect.poll(() => f.getByTestId('complaint-theme-row').first().textContent()).toMatch(/K\d+/);

    // 2. The survey: preview, then save.
    await f.getByTestId('tab-survey').click();
    await f.getByTestId('survey-file').setInputFiles({ name: 'skm.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv()) });
    await f.getByTestId('survey-preview').click();
    await expect.poll(() => f.getByTestId('survey-preview-result').textContent()).toContain('120 responden dihitung');
    await f.getByTestId('survey-commit').click();
    await f.getByTestId('survey-saved').waitFor();

    // The coverage view: the theme with its clause, the four low survey elements.
    await f.getByTestId('tab-clauses').click();
    const rows = f.locator('[data-testid=coverage-row]');
    await rows.first().waitFor();
    const themeRow = f.locator(`[data-testid=coverage-row][data-kind=complaintTheme][data-covered=true]`);
    await expect.poll(() => themeRow.allTextContents()).toContainEqual(expect.stringContaining(top));
    expect(label).not.toBe('');
    expect(await f.locator('[data-testid=coverage-row][data-kind=surveyElement]').evaluateAll((r) => r.map((x) => x.getAttribute('data-id')).sort())).toEqual(['U2', 'U3', 'U8', 'U9']);

    // 3. Paper dots: two new clauses to prioritise, four users without a phone put 12 stickers.
    await openPaperDotRound(room);
    const sheet = f.getByTestId('paper-dots-civil_society');
    await sheet.waitFor();
    await sheet.getByTestId('paper-voters').fill('4');
    await sheet.getByTestId('paper-dots-input').nth(0).fill('9');
    await sheet.getByTestId('paper-dots-input').nth(1).fill('3');
    await sheet.getByTestId('paper-dots-save').click();
    await sheet.getByTestId('paper-saved').waitFor();
    await revealPaperDotRound(room);

    const board = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await board.goto(`${base}/b/${demo.workshopId}#token=${demo.boardToken}`);
    await expect.poll(() => board.getByTestId('board-vote').getByTestId('tally-paper').textContent()).toBe('termasuk 12 titik kertas dari 4 peserta tanpa perangkat');

    // 4. Paper consensus cards on the Saturday counter; the board shows their share.
    await checkSaturdayCounter(room);
    const card = f.locator('[data-testid=clause]', { hasText: 'Loket akta kelahiran buka hari Sabtu' });
    const cards = card.getByTestId('paper-cards-civil_society');
    await cards.waitFor();
    await cards.getByTestId('paper-participants').fill('4');
    await cards.getByTestId('paper-level-5').fill('3');
    await cards.getByTestId('paper-cards-save').click();
    await cards.getByTestId('paper-saved').waitFor();
    await card.getByTestId('clause-focus').click();
    await expect.poll(() => board.getByTestId('board-answers').getByTestId('board-paper').textContent()).toBe('termasuk 3 kartu kertas dari 4 peserta tanpa perangkat');

    // 5. The notulen, made from the event log, name the paper share of the dot vote.
    const res = await fetch(`${base}/api/workshops/${demo.workshopId}/records/notulen.pdf`, { headers: { authorization: `Bearer ${demo.facilitatorToken}` } });
    expect(res.status).toBe(200);
    const pdf = path.join(path.dirname(file), 'notulen.pdf');
    fs.writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('termasuk 12 titik kertas dari 4 peserta tanpa perangkat');
  });
});
