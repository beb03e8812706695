/**
 * A hostile facilitator with raw HTTP (issue 15): the facilitator alone cannot hollow out the
 * contract. Users' rights, provider obligations, sanctions & compensation, complaints and the
 * Maklumat can never be marked "tidak berlaku", and the charter cannot freeze while any of them
 * or the legal basis (DASAR_HUKUM, first in UU 25/2009 Pasal 21) is empty. Nor can the
 * facilitator alone declare any other required section "tidak berlaku": only the room's
 * consensus check on that question can, and the freeze refuses a section marked otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredSectionCodes } from '../../shared/schema/sections';
import { type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';
import { USERS_MANDATE } from '../../shared/testing/workshopKit';

const PROTECTED = ['HAK_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'SANKSI_KOMPENSASI', 'PENGADUAN', 'MAKLUMAT'];

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ demo: false });
});
afterAll(async () => {
  await server.stop();
});

const gapSections = (body: any): string[] =>
  body.error.params.gaps.filter((g: any) => g.code.startsWith('section_')).map((g: any) => g.params.sectionCode).sort();

describe('a hostile facilitator', () => {
  it('cannot mark a protected section not applicable, nor freeze with one of them or DASAR_HUKUM empty', { timeout: 60_000 }, async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.join('S1', 'government');
    await w.join('S9', 'civil_society');
    await w.join('S7', 'civil_society', 'ngo');
    await w.goTo('consensus_check');
    for (const code of requiredSectionCodes()) if (!PROTECTED.includes(code) && code !== 'DASAR_HUKUM') await w.agreeClause('S9', code);
    const f = w.as('F');
    await f.must({ type: 'enrollSignatory', participantId: w.person('S1').participantId, capacity: 'pihak_pertama' });
    await f.must({ type: 'enrollSignatory', participantId: w.person('S9').participantId, capacity: 'pihak_kedua', mandate: USERS_MANDATE });
    await f.must({ type: 'enrollSignatory', participantId: w.person('S7').participantId, capacity: 'saksi' });
    await w.goTo('sign_off');

    // Every protected section, with any reason, in any step: refused, and nothing is recorded.
    for (const sectionCode of PROTECTED) {
      const res = await f.run({ type: 'markSectionNotApplicable', sectionCode, reason: { id: 'tidak', en: 'no' } });
      expect(res).toMatchObject({ status: 409, body: { error: { code: 'section_protected', params: { sectionCode } } } });
    }
    expect((await w.events()).some((e: any) => e.type === 'sectionMarkedNotApplicable')).toBe(false);

    // The freeze lists each protected section and the legal basis as missing.
    const first = await f.run({ type: 'freezeCharter' });
    expect(first).toMatchObject({ status: 409, body: { error: { code: 'freeze_gate_failed' } } });
    expect(gapSections(first.body)).toEqual([...PROTECTED, 'DASAR_HUKUM'].sort());

    // The room agrees the protected sections; DASAR_HUKUM, still empty, keeps the gate shut.
    await w.goTo('consensus_check');
    for (const code of PROTECTED) await w.agreeClause('S9', code);
    await w.goTo('sign_off');
    const second = await f.run({ type: 'freezeCharter' });
    expect(second).toMatchObject({ status: 409, body: { error: { code: 'freeze_gate_failed' } } });
    expect(gapSections(second.body)).toEqual(['DASAR_HUKUM']);

    await w.goTo('consensus_check');
    await w.agreeClause('S9', 'DASAR_HUKUM');
    await w.goTo('sign_off');
    const frozen = await f.must({ type: 'freezeCharter' });
    expect(frozen.body.event.type).toBe('charterFrozen');
  });

  it('cannot declare a required section not applicable alone, nor freeze with one empty or marked without the room', { timeout: 60_000 }, async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.join('S1', 'government');
    await w.join('S9', 'civil_society');
    await w.join('S7', 'civil_society', 'ngo');
    await w.goTo('consensus_check');
    const open = ['BIAYA', 'WAKTU', 'MASA_BERLAKU'];
    for (const code of requiredSectionCodes()) if (!open.includes(code)) await w.agreeClause('S9', code);
    const f = w.as('F');
    await f.must({ type: 'enrollSignatory', participantId: w.person('S1').participantId, capacity: 'pihak_pertama' });
    await f.must({ type: 'enrollSignatory', participantId: w.person('S9').participantId, capacity: 'pihak_kedua', mandate: USERS_MANDATE });
    await f.must({ type: 'enrollSignatory', participantId: w.person('S7').participantId, capacity: 'saksi' });
    await w.goTo('sign_off');

    // The facilitator's direct mark on a required section: refused, nothing recorded.
    for (const sectionCode of open) {
      const res = await f.run({ type: 'markSectionNotApplicable', sectionCode, reason: { id: 'Tidak berlaku' } });
      expect(res).toMatchObject({ status: 409, body: { error: { code: 'section_needs_room_consent', params: { sectionCode } } } });
    }
    expect((await w.events()).some((e: any) => e.type === 'sectionMarkedNotApplicable')).toBe(false);
    // Nor can the room be asked about a protected section.
    const protectedAsk = await f.run({
      type: 'startNotApplicableCheck', checkId: 'q_pengaduan', sectionCode: 'PENGADUAN', reason: { id: 'tidak' },
      preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' },
    });
    expect(protectedAsk).toMatchObject({ status: 409, body: { error: { code: 'section_protected' } } });

    const first = await f.run({ type: 'freezeCharter' });
    expect(first).toMatchObject({ status: 409, body: { error: { code: 'freeze_gate_failed' } } });
    expect(gapSections(first.body)).toEqual([...open].sort());

    // The room blocks "BIAYA tidak berlaku": nothing is marked, the gate stays shut.
    const blocked = await w.askNotApplicable('S9', 'BIAYA', 'Gratis', 0, 'na_BIAYA_1');
    expect(blocked.body.event.data).toMatchObject({ record: { outcome: 'blocked' } });
    expect(blocked.body.event.data.notApplicable).toBeUndefined();
    expect(gapSections((await f.run({ type: 'freezeCharter' })).body)).toEqual([...open].sort());

    // The room agrees BIAYA and WAKTU do not apply; MASA_BERLAKU, still empty, keeps the gate shut.
    const agreed = await w.askNotApplicable('S9', 'BIAYA', 'Gratis (UU 24/2013 Pasal 79A)');
    expect(agreed.body.event.data).toMatchObject({ notApplicable: { sectionCode: 'BIAYA', mark: { checkId: 'na_BIAYA' } } });
    await w.askNotApplicable('S9', 'WAKTU', 'Diatur dalam SOP terpisah');
    expect(gapSections((await f.run({ type: 'freezeCharter' })).body)).toEqual(['MASA_BERLAKU']);

    // Reopened by the facilitator, WAKTU is required again.
    await f.must({ type: 'clearSectionNotApplicable', sectionCode: 'WAKTU' });
    expect(gapSections((await f.run({ type: 'freezeCharter' })).body)).toEqual(['MASA_BERLAKU', 'WAKTU']);
    await w.askNotApplicable('S9', 'WAKTU', 'Diatur dalam SOP terpisah', 5, 'na_WAKTU_2');
    await w.askNotApplicable('S9', 'MASA_BERLAKU', 'Berlaku sampai SK baru');
    const frozen = await f.must({ type: 'freezeCharter' });
    expect(frozen.body.event.type).toBe('charterFrozen');
  });
});
