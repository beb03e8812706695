import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseField } from '../../shared/schema/contentDoc';
import { roomName } from '../../shared/protocol';
import { readDecisions } from '../../shared/state/decisionsDoc';
import { api } from '../support/api';
import { connectClient, type TestClient, waitFor } from '../support/clients';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('the demo workshop', () => {
  it('is the illustrative Yogyakarta birth-certificate workshop, in progress, with a verifiable log', async () => {
    const { workshopId, facilitatorToken } = server.demo!;
    const decisions = connectClient(server.ws, roomName({ workshopId, kind: 'decisions' }), facilitatorToken);
    const content = connectClient(server.ws, workshopId, facilitatorToken);
    clients.push(decisions, content);
    await Promise.all([decisions.synced(), content.synced()]);
    await waitFor(() => readDecisions(decisions.doc) !== null, 'decisions');
    const state = readDecisions(decisions.doc)!;

    expect(Object.keys(state.stakeholders)).toHaveLength(9);
    expect(Object.keys(state.userGroups)).toHaveLength(4);
    expect(state.agenda).toHaveLength(10);
    const clauses = Object.values(state.clauses);
    expect(clauses.length).toBeGreaterThanOrEqual(14);
    const sectors = new Set(Object.values(state.participants).map((p) => p.sector).filter(Boolean));
    expect(sectors).toEqual(new Set(['government', 'private', 'civil_society']));

    // K5: three versions from both sides, agreed with reservations and a minority report.
    const k5 = clauses.find((c) => c.sectionCode === 'WAKTU' && Object.keys(c.versions).length === 3);
    expect(k5).toBeDefined();
    expect(k5!.status).toMatch(/^agreed/);
    const withMinority = Object.values(state.consensusChecks).find((c) => c.record?.minorityReport);
    expect(withMinority?.record?.minorityReport?.text.id).toContain('1 hari kerja');

    const round = Object.values(state.voteRounds)[0]!;
    expect(round.status).toBe('revealed');

    // Every clause has a working text in the content document.
    for (const c of clauses) expect(content.doc.getXmlFragment(clauseField(c.id)).length).toBeGreaterThan(0);

    const chain = await api(server.http, 'GET', `/api/workshops/${workshopId}/chain`, undefined, facilitatorToken);
    expect(chain.body.ok).toBe(true);
    expect(chain.body.head.seq).toBeGreaterThan(150);
  });
});
