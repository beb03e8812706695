/**
 * Per-sector consent in the demo room (4 government, 2 private, 3 civil society): before the
 * check the console says what "Mayoritas 75%" asks of each sector; with 7 of 9 supporting but 2
 * of the 3 citizens seriously disagreeing, the outcome is no consensus, and console, board and a
 * phone show one line per sector.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api';
import { newPerson, personWithToken } from '../support/browser';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage();
const SHOTS = process.env.MUFAKAT_CONSENT_SHOTS; // a folder for screenshots, when looking at the screens

const shoot = async (what: Page | Locator, name: string) => {
  if (SHOTS) await what.screenshot({ path: `${SHOTS}/${name}.png` });
};

describe('per-sector consent', () => {
  it('previews the rule per sector, and a 7-of-9 majority over 2 of 3 citizens is no consensus on every screen', async () => {
    const demo = stage.server.demo!;
    const base = stage.server.http;
    const f = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await f.goto(`${base}/f/${demo.workshopId}#token=${demo.facilitatorToken}`);
    await f.getByTestId('agenda-stepper').waitFor();

    const card = f.locator('[data-testid=clause]', { hasText: 'Surat keterangan kelahiran dari rumah sakit' });
    await card.getByTestId('check-start-toggle').click();
    await card.getByTestId('check-rule').selectOption('super75');
    const preview = card.getByTestId('check-rule-preview');
    await expect.poll(() => preview.textContent()).toContain('Setidaknya 3 dari 3 anggota Masyarakat harus mendukung');
    expect(await card.getByTestId('check-preview-government').textContent()).toContain('Setidaknya 3 dari 4 anggota Pemerintah harus mendukung (bila semua menyatakan sikap), dan setidaknya 2 harus menjawab.');
    expect(await card.getByTestId('check-rule-help').textContent()).toContain('setidaknya 75% mendukung');
    await card.getByTestId('check-fallback').selectOption('majority');
    expect(await card.getByTestId('check-fallback-help').textContent()).toContain('bukan mufakat');
    await card.getByTestId('check-sector-quorum').fill('100');
    await expect.poll(() => card.getByTestId('check-preview-private').textContent()).toContain('setidaknya 2 harus menjawab');
    await card.getByTestId('check-sector-quorum').fill('50');
    await shoot(card, 'consent-console-preview');
    await card.getByTestId('check-start').click();
    await card.locator('[data-testid=consensus-result][data-recorded=false]').waitFor();

    // Everyone answers through the facilitator (the demo's people have no devices here).
    const events = (await api(base, 'GET', `/api/workshops/${demo.workshopId}/events`, undefined, demo.facilitatorToken)).body.events as any[];
    const started = [...events].reverse().find((e) => e.type === 'consensusCheckStarted').data.check;
    expect(started.sectors).toEqual({ members: { government: 4, private: 2, civil_society: 3 }, quorumPercent: 50 });
    const people = events.filter((e) => e.type === 'participantJoined' && e.data.participant.role === 'participant').map((e) => e.data.participant);
    const citizens = people.filter((p) => p.sector === 'civil_society');
    for (const p of people) {
      const disagrees = p.id === citizens[1].id || p.id === citizens[2].id;
      const command = { type: 'answerConsensus', checkId: started.id, level: disagrees ? 7 : 1, ...(disagrees ? { reason: 'Berkas ini sulit bagi warga tanpa buku nikah.' } : {}), onBehalfOf: p.id };
      const res = await api(base, 'POST', `/api/workshops/${demo.workshopId}/commands`, command, demo.facilitatorToken);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }

    const result = card.getByTestId('consensus-result');
    await expect.poll(() => result.textContent()).toContain('9 jawaban');
    expect(await card.getByTestId('consensus-outcome').textContent()).toContain('Belum mufakat');
    expect(await card.getByTestId('consensus-sector-civil_society').textContent()).toBe('Masyarakat: 1 dari 3 mendukung — aturan tidak terpenuhi');
    expect(await card.getByTestId('consensus-sector-government').getAttribute('data-held')).toBe('true');
    const record = { type: 'recordConsensusOutcome', checkId: started.id };
    expect((await api(base, 'POST', `/api/workshops/${demo.workshopId}/commands`, record, demo.facilitatorToken)).status).toBe(200);
    await card.locator('[data-testid=consensus-result][data-recorded=true]').waitFor();
    await shoot(card, 'consent-console-result');

    // The board, with the clause in focus: one line per sector, no names.
    await card.getByTestId('clause-focus').click();
    const board = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await board.goto(`${base}/b/${demo.workshopId}#token=${demo.boardToken}`);
    const spot = board.getByTestId('board-spotlight');
    await expect.poll(() => spot.getByTestId('consensus-sectors').textContent()).toContain('Masyarakat: 1 dari 3 mendukung — aturan tidak terpenuhi');
    for (const p of people) expect(await spot.textContent()).not.toContain(p.displayName);
    await shoot(board, 'consent-board');

    // A phone that joins now (after the start: the snapshot stays 4/2/3) sees the same lines.
    const joined = (await api(base, 'POST', '/api/join', { joinCode: demo.joinCode, name: 'Warga baru', sector: 'civil_society', category: 'service_user' })).body;
    const phone = await (await personWithToken(stage.browser, demo.workshopId, joined.participantToken, { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${base}/w/${demo.workshopId}`);
    await phone.getByTestId('tab-consensus').click();
    await expect.poll(() => phone.getByTestId('consensus-sectors').first().textContent()).toContain('Masyarakat: 1 dari 3 mendukung');
    await shoot(phone, 'consent-phone');
  });
});
