/**
 * Paper in the same tally (issue 17), in the demo room: the facilitator types the flip chart's
 * counted stickers for four users without a phone (refused beyond their budget, with the reason
 * in Indonesian), then their paper consensus cards; the wall shows the paper share of both.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api';
import { newPerson } from '../support/browser';
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
    const run = async (command: Record<string, unknown>) => {
      const res = await api(base, 'POST', `/api/workshops/${demo.workshopId}/commands`, command, demo.facilitatorToken);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    const events = (await api(base, 'GET', `/api/workshops/${demo.workshopId}/events`, undefined, demo.facilitatorToken)).body.events as any[];
    const agenda = [...events].reverse().find((e) => e.type === 'agendaSet').data.steps as { id: string; method: string }[];
    const step = (method: string) => agenda.find((s) => s.method === method)!.id;

    // Two new clauses to prioritise: 3 dots per person, at most 3 on one clause.
    await run({ type: 'setAgendaStep', stepId: step('drafting') });
    const clause = (id: string, text: string) => ({ type: 'proposeClause', clauseId: id, versionId: `${id}-v1`, sectionCode: 'WAKTU', text: { id: text }, rationale: 'Usulan warga', obligatedParty: 'provider' });
    await run(clause('k-sabtu', 'Loket akta kelahiran buka hari Sabtu pukul 08.00 sampai 12.00.'));
    await run(clause('k-sms', 'Pemohon menerima pesan singkat saat akta siap diambil.'));
    await run({ type: 'setAgendaStep', stepId: step('dot_vote') });
    const options = [
      { id: 'o-sabtu', clauseId: 'k-sabtu', label: { id: 'Loket hari Sabtu' } },
      { id: 'o-sms', clauseId: 'k-sms', label: { id: 'Pesan singkat saat akta siap' } },
    ];
    await run({ type: 'configureVoteRound', roundId: 'r-kertas', title: { id: 'Prioritas tambahan' }, options, budgetPerPerson: 3, capPerOption: 3 });
    await run({ type: 'openVoteRound', roundId: 'r-kertas' });

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
    await run({ type: 'closeVoteRound', roundId: 'r-kertas' });
    await run({ type: 'revealVoteRound', roundId: 'r-kertas' });

    // The wall: one tally, the paper share named.
    const board = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await board.goto(`${base}/b/${demo.workshopId}#token=${demo.boardToken}`);
    const paperLine = board.getByTestId('board-vote').getByTestId('tally-paper');
    await expect.poll(() => paperLine.textContent()).toBe('termasuk 12 titik kertas dari 4 peserta tanpa perangkat');
    expect(await board.getByTestId('board-vote').getByTestId('tally-row').first().getAttribute('data-total')).toBe('9');
    await shoot(board, 'board-paper-dots');

    // A consensus check on the Saturday counter: four users raise paper cards.
    await run({ type: 'setAgendaStep', stepId: step('consensus_check') });
    await run({ type: 'setClauseStatus', clauseId: 'k-sabtu', status: 'under_discussion' });
    await run({ type: 'startConsensusCheck', checkId: 'kc-sabtu', clauseId: 'k-sabtu', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
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
