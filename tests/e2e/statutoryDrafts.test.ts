/**
 * The method's starting content in the console: the facilitator turns an empty rights section
 * into the Act's letters (one proposed clause per letter of UU 25/2009 Pasal 18, each with its
 * legal basis), gathers the legal bases into a DASAR_HUKUM draft, and sees which user group no
 * clause names yet. Everything lands as "proposed", through the same commands as typed clauses.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { standardAgenda } from '../../client/src/actions/agenda';
import { api, createWorkshop } from '../support/api';
import { accessibilityViolations, newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage({ demo: false });

async function command(workshopId: string, token: string, body: Record<string, unknown>): Promise<void> {
  const res = await api(stage.server.http, 'POST', `/api/workshops/${workshopId}/commands`, body, token);
  if (res.status !== 200) throw new Error(`${body.type} refused: ${JSON.stringify(res.body)}`);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/i15-content-${name}.png`, fullPage: false });

describe('statutory drafts in the console', () => {
  it('creates one proposed clause per letter of the Act with its legal basis, then the DASAR_HUKUM list', async () => {
    const w = await createWorkshop(stage.server.http, 'Lokakarya Akta Kelahiran (uji)');
    const F = w.facilitatorToken;
    const agenda = standardAgenda();
    await command(w.workshopId, F, { type: 'setAgenda', steps: agenda });
    await command(w.workshopId, F, { type: 'setAgendaStep', stepId: agenda.find((s) => s.method === 'drafting')!.id });
    await command(w.workshopId, F, { type: 'addUserGroup', userGroup: { id: 'orangtua', name: { id: 'Orang tua bayi baru lahir', en: 'Parents of newborns' }, priority: 1 } });
    await command(w.workshopId, F, { type: 'addUserGroup', userGroup: { id: 'terlambat', name: { id: 'Pelapor terlambat', en: 'Late registrants' }, priority: 2 } });
    await command(w.workshopId, F, {
      type: 'proposeClause', clauseId: 'k1', versionId: 'k1v1', sectionCode: 'BIAYA', text: { id: 'Akta kelahiran tidak dipungut biaya.' },
      rationale: 'Amanat undang-undang', obligatedParty: 'provider', legalBasis: 'UU 24/2013 Pasal 79A', userGroupIds: ['orangtua'],
    });

    const f = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await f.goto(`${stage.server.http}/f/${w.workshopId}#token=${F}`);
    await f.getByTestId('tab-clauses').click();
    const offer = f.locator('[data-testid=draft-offer][data-section=HAK_PENGGUNA]');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('UU 25/2009 Pasal 18, 9 huruf');
    await f.getByTestId('draft-offers').scrollIntoViewIfNeeded();
    await shot(f, 'offers');

    await offer.getByTestId('draft-offer-use').click();
    await expect.poll(() => f.getByTestId('draft-offers-created').textContent(), { timeout: 15_000 }).toContain('9 usulan klausul');
    const rights = f.locator('[data-testid=section-group][data-section=HAK_PENGGUNA] [data-testid=clause]');
    await expect.poll(() => rights.count()).toBe(9);
    expect(await rights.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(Array(9).fill('proposed'));
    expect(await rights.getByTestId('clause-legal-basis').allTextContents()).toEqual('abcdefghi'.split('').map((l) => `Dasar hukum: UU 25/2009 Pasal 18 huruf ${l}`));
    expect(await rights.first().getByTestId('clause-text').textContent()).toBe('Masyarakat berhak mengetahui kebenaran isi standar pelayanan.');
    // The section is no longer empty, so its offer is gone; the others stay.
    await expect.poll(() => offer.count()).toBe(0);
    expect(await f.locator('[data-testid=draft-offer][data-section=KEWAJIBAN_PENGGUNA]').count()).toBe(1);

    // The legal-basis list gathers the Act (with the article now cited) and the fee clause's UU 24/2013.
    const basisOffer = f.locator('[data-testid=draft-offer][data-section=DASAR_HUKUM]');
    await basisOffer.getByTestId('draft-offer-use').click();
    const basis = f.locator('[data-testid=section-group][data-section=DASAR_HUKUM] [data-testid=clause-text]');
    await expect.poll(() => basis.count()).toBe(1);
    const lines = (await basis.textContent())!.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Kontrak pelayanan ini disusun dan dilaksanakan berdasarkan:',
      '1. UU 25/2009 tentang Pelayanan Publik (Pasal 18)',
      '2. UU 24/2013 (Pasal 79A)',
    ]);

    // The user groups: the late registrants have no clause yet and are highlighted.
    const panel = f.getByTestId('user-group-panel');
    expect(await panel.locator('[data-testid=user-group-row][data-group=orangtua]').getAttribute('data-covered')).toBe('true');
    expect(await panel.locator('[data-testid=user-group-row][data-group=terlambat]').getAttribute('data-covered')).toBe('false');
    expect(await panel.getByTestId('user-groups-uncovered').textContent()).toContain('Pelapor terlambat');
    await panel.scrollIntoViewIfNeeded();
    await shot(f, 'groups');
    expect((await accessibilityViolations(f)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // A proposal names a group in the clause editor, with the section's guidance in view.
    await f.getByTestId('propose-toggle').click();
    await f.getByTestId('propose-section').selectOption('RUANG_LINGKUP');
    expect(await f.getByTestId('section-guidance').textContent()).toContain('kelompok pengguna');
    await f.getByTestId('propose-text').fill('Layanan ini mencakup pelapor yang terlambat lebih dari 60 hari.');
    await f.getByTestId('propose-rationale').fill('Kelompok ini belum disebut');
    await f.getByTestId('propose-user-groups').locator('input[data-group=terlambat]').check();
    await f.getByTestId('propose-form').scrollIntoViewIfNeeded();
    await shot(f, 'propose');
    await f.getByTestId('propose-submit').click();
    await expect.poll(() => panel.locator('[data-testid=user-group-row][data-group=terlambat]').getAttribute('data-covered')).toBe('true');
    expect(await panel.getByTestId('user-groups-uncovered').count()).toBe(0);

    // The same console on a phone: the offers and the group view fit the narrow screen.
    const phone = await (await newPerson(stage.browser, { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${stage.server.http}/f/${w.workshopId}#token=${F}`);
    await phone.getByTestId('tab-clauses').click();
    await phone.getByTestId('draft-offers').scrollIntoViewIfNeeded();
    await shot(phone, 'phone-offers');
    await phone.locator('[data-testid=section-group][data-section=DASAR_HUKUM]').scrollIntoViewIfNeeded();
    await shot(phone, 'phone-basis');
    await phone.getByTestId('user-group-panel').scrollIntoViewIfNeeded();
    await shot(phone, 'phone-groups');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
