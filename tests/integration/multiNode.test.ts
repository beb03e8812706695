/**
 * Two server nodes on one PostgreSQL database and one Redis: any node serves any workshop.
 * Needs `bash .ci/services` (skipped with a notice otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/charter/eventChain';
import { CloseCode, roomName } from '../../shared/protocol';
import { api } from '../support/api';
import { AckingClient } from '../support/ackingClient';
import { connectClient, type TestClient, waitFor } from '../support/clients';
import { type RunningServer, startServer } from '../support/server';
import { freshSchema, HAVE_SERVICES, TEST_DATABASE_URL, TEST_REDIS_URL } from '../support/services';
import { ApiWorkshop } from '../support/workshop';

const env = { MUFAKAT_DATABASE_URL: TEST_DATABASE_URL, MUFAKAT_DATABASE_SCHEMA: freshSchema(), MUFAKAT_REDIS_URL: TEST_REDIS_URL };
let a: RunningServer;
let b: RunningServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  if (!HAVE_SERVICES) return;
  a = await startServer({ demo: false, env });
  b = await startServer({ demo: false, env });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await a?.kill();
  await b?.kill();
});

function on(node: RunningServer, room: string, token: string): TestClient {
  const c = connectClient(node.ws, room, token);
  clients.push(c);
  return c;
}

/** The same workshop seen through node B: the same people and tokens, B's address. */
function via(node: RunningServer, w: ApiWorkshop): ApiWorkshop {
  return Object.assign(Object.create(Object.getPrototypeOf(w)), w, { base: node.http }) as ApiWorkshop;
}

describe.skipIf(!HAVE_SERVICES)('two server nodes on PostgreSQL and Redis', () => {
  it('clients on different nodes edit one document and see each other', async () => {
    const w = await ApiWorkshop.create(a.http);
    await w.join('S1', 'government');
    await via(b, w).join('S9', 'civil_society');
    const onA = on(a, w.workshopId, w.person('S1').token);
    const onB = on(b, w.workshopId, w.person('S9').token);
    await Promise.all([onA.synced(), onB.synced()]);
    onA.text.insert(0, 'dari A. ');
    onB.text.insert(0, 'dari B. ');
    await waitFor(() => onA.text.toString() === onB.text.toString() && onA.text.length === 16, 'convergence across nodes');
    onA.provider.awareness.setLocalStateField('user', { name: 'x', color: '#112233' });
    await waitFor(() => onB.provider.awareness.getStates().get(onA.doc.clientID)?.user?.name === 'S1', 'presence across nodes');
  });

  it('dots cast concurrently on both nodes respect one budget, and the log stays one linear chain', async () => {
    const w = await ApiWorkshop.create(a.http);
    await w.join('S9', 'civil_society');
    await w.goTo('drafting');
    for (const k of ['k1', 'k2', 'k3', 'k4']) {
      await w.as('F').must({ type: 'proposeClause', clauseId: k, versionId: `${k}v1`, sectionCode: 'WAKTU', text: { id: k }, rationale: 'r', obligatedParty: 'provider' });
    }
    await w.goTo('dot_vote');
    await w.as('F').must({ type: 'configureVoteRound', roundId: 'r1', budgetPerPerson: 2, capPerOption: 1, options: ['k1', 'k2', 'k3', 'k4'].map((k) => ({ id: k, label: { id: k }, clauseId: k })) });
    await w.as('F').must({ type: 'openVoteRound', roundId: 'r1' });
    const wb = via(b, w);
    const results = await Promise.all(
      ['k1', 'k2', 'k3', 'k4'].flatMap((k) => [w.as('S9').run({ type: 'castDot', roundId: 'r1', optionId: k }), wb.as('S9').run({ type: 'castDot', roundId: 'r1', optionId: k })]),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const events = await w.events();
    expect(verifyChain(w.workshopId, events)).toMatchObject({ ok: true });
    expect(events.filter((e: { type: string }) => e.type === 'dotCast')).toHaveLength(2);
  });

  it('revoking a person on one node closes their sockets on every node', async () => {
    const w = await ApiWorkshop.create(a.http);
    await w.join('S5', 'private');
    const onB = on(b, w.workshopId, w.person('S5').token);
    const decisionsOnB = on(b, roomName({ workshopId: w.workshopId, kind: 'decisions' }), w.person('S5').token);
    await Promise.all([onB.synced(), decisionsOnB.synced()]);
    await w.as('F').must({ type: 'revokeParticipant', participantId: w.person('S5').participantId });
    await waitFor(() => onB.closes.length > 0 && decisionsOnB.closes.length > 0, 'sockets on the other node to close', 5000);
    expect(onB.closes[0]!.code).toBe(CloseCode.unauthorized);
    const viaB = await api(b.http, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.person('S5').token);
    expect(viaB.status).toBe(401);
  });

  it('a node killed with SIGKILL loses no acknowledged edit, and its clients carry on through the other node', async () => {
    const w = await ApiWorkshop.create(a.http);
    await w.join('S2', 'government');
    const token = w.person('S2').token;
    const writer = new AckingClient('W');
    await writer.connect(`${a.ws}/${w.workshopId}?token=${token}`);
    for (let i = 0; i < 30; i++) writer.write(`w${i};`);
    await waitFor(() => writer.acked.size === 30, 'acks from node A');
    await a.kill();
    writer.disconnect();
    const reader = on(b, w.workshopId, w.facilitator.token);
    await reader.synced();
    for (let i = 0; i < 30; i++) expect(reader.text.toString()).toContain(`w${i};`);
    await writer.connect(`${b.ws}/${w.workshopId}?token=${token}`);
    writer.write('sesudah;');
    await waitFor(() => reader.text.toString().endsWith('sesudah;'), 'edits through node B');
    writer.disconnect();
    a = await startServer({ demo: false, env });
  });
});
