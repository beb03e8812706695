/**
 * Controls the server would refuse are disabled, and say why, in the browser: a participant
 * cannot amend a clause whose consensus check is open nor propose into a section marked not
 * applicable, and the facilitator cannot start a second check or record an outcome whose
 * fallback only defers. The reasons are the server's own refusals (whyNot runs `decide`).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { standardAgenda } from '../../client/src/actions/agenda';
import { api, createWorkshop, joinAs } from '../support/api';
import { accessibilityViolations, newPerson, personWithToken } from '../support/browser';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage({ demo: false });

async function command(workshopId: string, token: string, body: Record<string, unknown>): Promise<void> {
  const res = await api(stage.server.http, 'POST', `/api/workshops/${workshopId}/commands`, body, token);
  if (res.status !== 200) throw new Error(`${body.type} refused: ${JSON.stringify(res.body)}`);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/i14-disabled-${name}.png`, fullPage: false });

describe('controls the server would refuse', () => {
  it('are disabled with the reason the server would give', async () => {
    const w = await createWorkshop(stage.server.http, 'Lokakarya Puskesmas (uji)');
    const F = w.facilitatorToken;
    const agenda = standardAgenda();
    const drafting = agenda.find((s) => s.method === 'drafting')!;
    await command(w.workshopId, F, { type: 'setAgenda', steps: agenda });
    await command(w.workshopId, F, { type: 'setAgendaStep', stepId: drafting.id });
    const nur = await joinAs(stage.server.http, w.joinCode, { name: 'Ibu Nur Aini', sector: 'civil_society' });
    const clause = { clauseId: 'k1', versionId: 'k1v1', sectionCode: 'WAKTU', text: { id: 'Akta selesai dalam 1 hari kerja.' }, rationale: 'Usul warga', obligatedParty: 'provider' };
    await command(w.workshopId, F, { type: 'proposeClause', ...clause });
    await command(w.workshopId, F, { type: 'setClauseStatus', clauseId: 'k1', status: 'under_discussion' });
    await command(w.workshopId, F, { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'k1', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    // The room decides BIAYA does not apply (a required section: only the room's check marks it).
    const na = { type: 'startNotApplicableCheck', checkId: 'na1', sectionCode: 'BIAYA', reason: { id: 'Layanan gratis' }, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } };
    await command(w.workshopId, F, na);
    await command(w.workshopId, F, { type: 'setAgendaStep', stepId: agenda.find((s) => s.method === 'consensus_check')!.id });
    await command(w.workshopId, nur.participantToken, { type: 'answerConsensus', checkId: 'na1', level: 5 });
    await command(w.workshopId, F, { type: 'recordConsensusOutcome', checkId: 'na1' });
    await command(w.workshopId, F, { type: 'setAgendaStep', stepId: drafting.id });

    // The participant, on a phone, in the drafting step.
    const phone = await (await personWithToken(stage.browser, w.workshopId, nur.participantToken, { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${stage.server.http}/w/${w.workshopId}`);
    await phone.getByTestId('tab-clauses').click();
    const card = phone.locator('[data-testid=clause]', { hasText: 'Akta selesai' });
    await expect.poll(() => card.getByTestId('clause-amend-toggle').isDisabled()).toBe(true);
    expect(await card.getByTestId('amend-why-not').textContent()).toContain('sedang diuji kesepakatannya');
    await card.scrollIntoViewIfNeeded();
    await shot(phone, 'phone-amend');
    await phone.getByTestId('propose-toggle').click();
    await phone.getByTestId('propose-section').selectOption('BIAYA');
    expect(await phone.getByTestId('propose-why-not').textContent()).toContain('ditandai tidak berlaku');
    expect(await phone.getByTestId('propose-submit').isDisabled()).toBe(true);
    await phone.getByTestId('propose-section').selectOption('WAKTU');
    await expect.poll(() => phone.getByTestId('propose-why-not').count()).toBe(0);
    expect(await phone.getByTestId('propose-submit').isDisabled()).toBe(false);
    await phone.getByTestId('propose-section').selectOption('BIAYA');
    await phone.getByTestId('propose-why-not').scrollIntoViewIfNeeded();
    await shot(phone, 'phone-propose');
    expect((await accessibilityViolations(phone)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // In the consensus step she answers with a block; the check's fallback is to defer, so it cannot decide.
    await command(w.workshopId, F, { type: 'setAgendaStep', stepId: agenda.find((s) => s.method === 'consensus_check')!.id });
    await command(w.workshopId, nur.participantToken, { type: 'answerConsensus', checkId: 'c1', level: 0, reason: 'Petugas hanya dua orang' });
    const f = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await f.goto(`${stage.server.http}/f/${w.workshopId}#token=${F}`);
    const form = f.getByTestId('record-outcome-form');
    await form.waitFor();
    expect(await form.getByTestId('outcome-record').isDisabled()).toBe(false);
    await form.getByTestId('outcome-use-fallback').check();
    expect(await form.getByTestId('outcome-why-not').textContent()).toContain('Ditunda');
    expect(await form.getByTestId('outcome-record').isDisabled()).toBe(true);
    await form.getByTestId('outcome-why-not').scrollIntoViewIfNeeded();
    await shot(f, 'console-outcome');
    expect((await accessibilityViolations(f)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await form.getByTestId('outcome-use-fallback').uncheck();
    expect(await form.getByTestId('outcome-record').isDisabled()).toBe(false);
  });
});
