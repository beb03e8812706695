/**
 * Parties and mandates over raw HTTP (issue 15): a private clinic that takes on a duty under an
 * agreed clause must sign as a third party (pihak ketiga) before the freeze, and the users'
 * representative must have a recorded mandate. The frozen charter names both: the komparisi of
 * the signatories and the partner under its clause, in the Markdown and PDF downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS_MANDATE } from '../../shared/testing/workshopKit';
import { type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ demo: false });
});
afterAll(async () => {
  await server.stop();
});

const CLINIC = {
  id: 'rsia-sehat-bunda',
  name: 'RSIA Sehat Bunda',
  organisation: 'Klinik bersalin swasta',
  category: 'private_provider',
  sector: 'private',
  power: 3,
  interest: 4,
  salience: { power: true, legitimacy: true, urgency: false },
};

const gapsOf = (body: any): { code: string; params: Record<string, unknown> }[] => body.error.params.gaps;

describe('third parties and the users\u2019 mandate at the freeze', () => {
  it('refuses the freeze without the mandate and without the partner\u2019s signatory, then freezes and prints both', { timeout: 90_000 }, async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.readyToFreeze();
    const f = w.as('F');
    const s9 = w.person('S9').participantId;

    // An enrolment without a mandate (as every enrolment before format 6 was).
    await f.must({ type: 'withdrawSignatory', participantId: s9, capacity: 'pihak_kedua' });
    await f.must({ type: 'enrollSignatory', participantId: s9, capacity: 'pihak_kedua' });

    // K-clinic: the private maternity clinic reports births within 3 working days (agreed by the room).
    await f.must({ type: 'addStakeholder', stakeholder: CLINIC });
    await w.goTo('consensus_check');
    await f.must({
      type: 'proposeClause', clauseId: 'k-klinik', versionId: 'k-klinik-v1', sectionCode: 'WAKTU',
      text: { id: 'Klinik bersalin swasta melaporkan setiap kelahiran paling lama 3 hari kerja.' }, rationale: 'Kelahiran di klinik swasta sering tidak tercatat.',
      obligatedParty: 'partner', partnerId: CLINIC.id,
    });
    await f.must({ type: 'setClauseStatus', clauseId: 'k-klinik', status: 'under_discussion' });
    await f.must({ type: 'startConsensusCheck', checkId: 'kc-klinik', clauseId: 'k-klinik', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    await w.as('S9').must({ type: 'answerConsensus', checkId: 'kc-klinik', level: 5 });
    for (const key of w.people.keys()) if (key !== 'S9' && w.person(key).sector) await w.as(key).run({ type: 'answerConsensus', checkId: 'kc-klinik', level: 5 });
    await f.must({ type: 'recordConsensusOutcome', checkId: 'kc-klinik' });
    await f.must({ type: 'setClauseStatus', clauseId: 'k-klinik', status: 'agreed', checkId: 'kc-klinik' });
    await w.goTo('sign_off');
    const clauseNumber = (await w.events()).filter((e: any) => e.type === 'clauseProposed').findIndex((e: any) => e.data.clause.id === 'k-klinik') + 1;

    const first = await f.run({ type: 'freezeCharter' });
    expect(first).toMatchObject({ status: 409, body: { error: { code: 'freeze_gate_failed' } } });
    expect(gapsOf(first.body)).toEqual([
      { code: 'users_mandate_missing', params: { participantId: s9 } },
      { code: 'partner_not_signatory', params: { partnerId: CLINIC.id, partnerName: 'RSIA Sehat Bunda', clauses: `K${clauseNumber}` } },
    ]);

    // The mandate, recorded later; a witness from the clinic does not make it a party.
    await f.must({ type: 'setSignatoryMandate', participantId: s9, mandate: USERS_MANDATE });
    await w.join('S5', 'private');
    const s5 = w.person('S5').participantId;
    expect(await f.run({ type: 'enrollSignatory', participantId: s5, capacity: 'pihak_ketiga' })).toMatchObject({ status: 422, body: { error: { code: 'partner_required' } } });
    await f.must({ type: 'enrollSignatory', participantId: s5, capacity: 'saksi' });
    const second = await f.run({ type: 'freezeCharter' });
    expect(gapsOf(second.body).map((g) => g.code)).toEqual(['partner_not_signatory']);

    await f.must({ type: 'changeSignatoryCapacity', participantId: s5, from: 'saksi', to: 'mengetahui' });
    await f.must({ type: 'enrollSignatory', participantId: s5, capacity: 'pihak_ketiga', partnerId: CLINIC.id });
    await f.must({ type: 'freezeCharter' });

    const md = await (await fetch(`${server.http}/api/workshops/${w.workshopId}/charter/versions/1/bundle.md`)).text();
    expect(md).toContain(`bertindak untuk dan atas nama ${USERS_MANDATE.actsFor}; ${USERS_MANDATE.chosenBy}`);
    expect(md).toContain('| Pihak Ketiga (mitra yang ikut menanggung kewajiban) | S5, bertindak untuk dan atas nama RSIA Sehat Bunda, Klinik bersalin swasta |');
    expect(md).toContain('Pihak yang wajib: mitra RSIA Sehat Bunda');
    const pdf = await fetch(`${server.http}/api/workshops/${w.workshopId}/charter/versions/1/bundle.pdf`);
    expect(pdf.status).toBe(200);
  });
});
