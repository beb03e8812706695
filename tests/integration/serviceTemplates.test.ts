/**
 * The service-template picker end to end through HTTP (issue 17): the list the picker shows, a
 * workshop created from each template by the owner, its log (user groups, stakeholder cards and
 * draft clauses entered by the facilitator, each clause marked as from the template), and one
 * template's drafts taken through the room's agreement to the freeze gate, which then asks only
 * for signatories.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_MARK } from '../../shared/commands/templateCommands';
import { templateClauses } from '../../shared/schema/serviceTemplates';
import { SERVICE_TEMPLATES, serviceTemplateById } from '../../shared/schema/templates';
import { api } from '../support/api';
import { AGENDA } from '../support/workshop';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ demo: false });
});
afterAll(async () => {
  await server.stop();
});

async function createFrom(templateId: string | undefined) {
  const body = { title: 'Lokakarya Kontrak Pelayanan', serviceName: 'Pelayanan uji', ...(templateId ? { templateId } : {}) };
  const res = await api(server.http, 'POST', '/api/owner/workshops', body, server.ownerToken);
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { workshop: { workshopId: string; joinCode: string }; token: string; facilitator: { participantId: string }; templateId?: string };
}

const eventsOf = async (workshopId: string, token: string) => {
  const res = await api(server.http, 'GET', `/api/workshops/${workshopId}/events`, undefined, token);
  expect(res.body.verification.ok).toBe(true);
  return res.body.events as { type: string; actor: { participantId: string }; data: any }[];
};

describe('service templates through HTTP', () => {
  it('lists the six templates for the picker', async () => {
    const res = await api(server.http, 'GET', '/api/templates');
    expect(res.status).toBe(200);
    expect(res.body.templates.map((t: { id: string }) => t.id)).toEqual(SERVICE_TEMPLATES.map((t) => t.id));
    for (const t of res.body.templates) {
      expect(t).toMatchObject({ name: { id: expect.any(String) }, serviceName: expect.any(String), clauses: expect.any(Number) });
      expect(t.legalBases.length).toBeGreaterThan(2);
    }
  });

  it('starts each template’s workshop with its user groups, stakeholders and drafts, entered by the facilitator', async () => {
    for (const template of SERVICE_TEMPLATES) {
      const created = await createFrom(template.id);
      expect(created.templateId).toBe(template.id);
      const events = await eventsOf(created.workshop.workshopId, created.token);
      const ofType = (type: string) => events.filter((e) => e.type === type);
      expect(ofType('userGroupAdded')).toHaveLength(template.userGroups.length);
      expect(ofType('stakeholderAdded')).toHaveLength(template.stakeholders.length);
      const proposals = ofType('clauseProposed');
      expect(proposals).toHaveLength(templateClauses(template).length);
      for (const e of [...ofType('userGroupAdded'), ...ofType('stakeholderAdded'), ...proposals]) {
        expect(e.actor.participantId).toBe(created.facilitator.participantId);
      }
      for (const e of proposals) {
        const version = Object.values(e.data.clause.versions)[0] as { rationale: string };
        expect(version.rationale.startsWith(`${TEMPLATE_MARK} «${template.name.id}».`)).toBe(true);
      }
    }
  });

  it('creates an empty workshop without a template, and refuses an unknown one', async () => {
    const empty = await createFrom(undefined);
    expect(empty.templateId).toBeUndefined();
    expect((await eventsOf(empty.workshop.workshopId, empty.token)).filter((e) => e.type === 'clauseProposed')).toEqual([]);
    const bad = await api(server.http, 'POST', '/api/owner/workshops', { title: 'X', serviceName: 'Y', templateId: 'rumah-sakit' }, server.ownerToken);
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('unknown_template');
  });

  it('takes a template’s drafts through the room to the freeze gate, which then asks only for signatories', async () => {
    const template = serviceTemplateById('akta-kelahiran')!;
    const created = await createFrom(template.id);
    const id = created.workshop.workshopId;
    const run = (token: string, command: Record<string, unknown>) => api(server.http, 'POST', `/api/workshops/${id}/commands`, command, token);
    const must = async (token: string, command: Record<string, unknown>) => {
      const res = await run(token, command);
      if (res.status !== 200) throw new Error(`${command.type}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    const members: string[] = [];
    for (const [name, sector, category] of [['Kepala Dinas', 'government', 'provider_unit'], ['Bidan', 'private', 'private_provider'], ['Ibu Nur', 'civil_society', 'service_user']] as const) {
      const res = await api(server.http, 'POST', '/api/join', { joinCode: created.workshop.joinCode, name, sector, category });
      members.push(res.body.participantToken);
    }
    const f = created.token;
    await must(f, { type: 'setAgenda', steps: AGENDA });
    await must(f, { type: 'setAgendaStep', stepId: 'consensus_check' });
    const proposals = (await eventsOf(id, f)).filter((e) => e.type === 'clauseProposed');
    for (const [i, e] of proposals.entries()) {
      const clauseId = e.data.clause.id as string;
      const checkId = `k${i}`;
      await must(f, { type: 'setClauseStatus', clauseId, status: 'under_discussion' });
      await must(f, { type: 'startConsensusCheck', checkId, clauseId, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
      for (const token of members) await must(token, { type: 'answerConsensus', checkId, level: 5 });
      await must(f, { type: 'recordConsensusOutcome', checkId });
      await must(f, { type: 'setClauseStatus', clauseId, status: 'agreed', checkId });
    }
    await must(f, { type: 'setAgendaStep', stepId: 'sign_off' });
    const freeze = await run(f, { type: 'freezeCharter' });
    expect(freeze.status).toBe(409);
    expect(freeze.body.error.code).toBe('freeze_gate_failed');
    const codes = (freeze.body.error.params.gaps as { code: string }[]).map((g) => g.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => c !== 'signatory_missing' && c !== 'witness_outside_government_missing')).toEqual([]);
  });
});
