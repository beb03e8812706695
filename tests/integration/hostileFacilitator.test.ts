/**
 * A hostile facilitator with raw HTTP (issue 15): the facilitator alone cannot hollow out the
 * contract. Users' rights, provider obligations, sanctions & compensation, complaints and the
 * Maklumat can never be marked "tidak berlaku", and the charter cannot freeze while any of them
 * or the legal basis (DASAR_HUKUM, first in UU 25/2009 Pasal 21) is empty.
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
  body.error.params.gaps.filter((g: any) => g.code === 'section_not_agreed').map((g: any) => g.params.sectionCode).sort();

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
});
