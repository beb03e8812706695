/**
 * A hostile participant with raw HTTP, raw sockets and a raw Y.Doc: every attempt is refused
 * with a clear reason, nothing stored changes, and the event chain still verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, roomName } from '../../shared/protocol';
import { readDecisions } from '../../shared/state/decisionsDoc';
import { api } from '../support/api';
import { connectClient, roundTrip, socketOf, type TestClient, waitFor } from '../support/clients';
import { type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

let server: RunningServer;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await startServer({ demo: false });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

function sync(w: ApiWorkshop, key: string, kind: 'content' | 'decisions' = 'content'): TestClient {
  const c = connectClient(server.ws, roomName({ workshopId: w.workshopId, kind }), w.person(key).token);
  clients.push(c);
  return c;
}

/** Runs `attempt` and checks that the log did not grow and still verifies. */
async function nothingStored(w: ApiWorkshop, attempt: () => Promise<void>): Promise<void> {
  const before = await w.events();
  await attempt();
  const after = await w.events();
  expect(after.length).toBe(before.length);
  expect(await w.chain()).toMatchObject({ ok: true });
}

async function votingRoom(): Promise<ApiWorkshop> {
  const w = await ApiWorkshop.create(server.http);
  await w.join('S9', 'civil_society');
  await w.join('S2', 'government');
  await w.goTo('drafting');
  for (const k of ['k1', 'k2', 'k3']) {
    await w.as('F').must({
      type: 'proposeClause',
      clauseId: k,
      versionId: `${k}v1`,
      sectionCode: 'WAKTU',
      text: { id: `Klausul ${k}` },
      rationale: 'uji',
      obligatedParty: 'provider',
    });
  }
  await w.goTo('dot_vote');
  await w.as('F').must({
    type: 'configureVoteRound',
    roundId: 'r1',
    options: ['k1', 'k2', 'k3'].map((k) => ({ id: k, label: { id: k }, clauseId: k })),
    budgetPerPerson: 2,
    capPerOption: 1,
  });
  await w.as('F').must({ type: 'openVoteRound', roundId: 'r1' });
  return w;
}

describe('authority: decisions only change through commands the rules accept', () => {
  it("a participant's write to the decisions document closes its socket with 4403 and changes nothing", async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.join('S9', 'civil_society');
    const watcher = sync(w, 'F', 'decisions');
    const hostile = sync(w, 'S9', 'decisions');
    await Promise.all([watcher.synced(), hostile.synced()]);
    const before = JSON.stringify(readDecisions(watcher.doc));
    await nothingStored(w, async () => {
      const participants = hostile.doc.getMap('decisions').get('participants') as import('yjs').Map<unknown>;
      participants.set(w.person('S9').participantId, { role: 'facilitator' });
      await waitFor(() => hostile.closes.length > 0, 'hostile socket to close');
    });
    expect(hostile.closes[0]!.code).toBe(CloseCode.forbidden);
    // Had the write been taken, it would be stored and broadcast before the watcher's next step 1 is answered.
    await roundTrip(socketOf(watcher));
    expect(JSON.stringify(readDecisions(watcher.doc))).toBe(before);
  });

  it('a dot past the budget or the cap, a replayed dot, and a dot in a closed round are refused with reasons', async () => {
    const w = await votingRoom();
    const s9 = w.as('S9');
    await s9.must({ type: 'castDot', roundId: 'r1', optionId: 'k1' });
    await nothingStored(w, async () => {
      const replay = await s9.run({ type: 'castDot', roundId: 'r1', optionId: 'k1' }); // cap is 1
      expect(replay.status).toBe(409);
      expect(replay.body.error.message.length).toBeGreaterThan(5);
    });
    await s9.must({ type: 'castDot', roundId: 'r1', optionId: 'k2' });
    await nothingStored(w, async () => {
      const over = await s9.run({ type: 'castDot', roundId: 'r1', optionId: 'k3' }); // budget is 2
      expect(over.status).toBe(409);
    });
    await w.as('F').must({ type: 'closeVoteRound', roundId: 'r1' });
    await nothingStored(w, async () => {
      const closed = await w.as('S2').run({ type: 'castDot', roundId: 'r1', optionId: 'k3' });
      expect(closed.status).toBe(409);
    });
  });

  it("a person reads back their own hidden dots from any device, and nobody else's", async () => {
    const w = await votingRoom();
    await w.as('S9').must({ type: 'castDot', roundId: 'r1', optionId: 'k2' });
    const mine = await api(server.http, 'GET', `/api/workshops/${w.workshopId}/rounds/r1/mine`, undefined, w.person('S9').token);
    expect(mine.status).toBe(200);
    expect(mine.body.myDots).toEqual({ k2: 1 });
    const spy = await api(server.http, 'GET', `/api/workshops/${w.workshopId}/rounds/r1/mine?for=${w.person('S9').participantId}`, undefined, w.person('S2').token);
    expect(spy.status).toBe(403);
    const proxy = await api(server.http, 'GET', `/api/workshops/${w.workshopId}/rounds/r1/mine?for=${w.person('S9').participantId}`, undefined, w.facilitator.token);
    expect(proxy.body.myDots).toEqual({ k2: 1 });
    // The facilitator sees who has voted (not what); participants do not.
    const voters = await api(server.http, 'GET', `/api/workshops/${w.workshopId}/rounds/r1/voters`, undefined, w.facilitator.token);
    expect(voters.body.voted).toEqual([w.person('S9').participantId]);
    const nosy = await api(server.http, 'GET', `/api/workshops/${w.workshopId}/rounds/r1/voters`, undefined, w.person('S2').token);
    expect(nosy.status).toBe(403);
  });

  it('a participant cannot steer, claim to act for someone else, or use a token of another workshop', async () => {
    const w = await votingRoom();
    const other = await ApiWorkshop.create(server.http);
    await nothingStored(w, async () => {
      const steer = await w.as('S9').run({ type: 'revealVoteRound', roundId: 'r1' });
      expect(steer.status).toBe(403);
      expect(steer.body.error.code).toBe('role_forbidden');
      const proxy = await w.as('S9', 'S2').run({ type: 'castDot', roundId: 'r1', optionId: 'k1' });
      expect(proxy.status).toBe(403);
      const foreign = await api(server.http, 'POST', `/api/workshops/${w.workshopId}/commands`, { type: 'openVoteRound', roundId: 'r1' }, other.facilitator.token);
      expect(foreign.status).toBe(403);
      const forged = await api(server.http, 'POST', `/api/workshops/${w.workshopId}/commands`, { type: 'openVoteRound', roundId: 'r1' }, 'x'.repeat(43));
      expect(forged.status).toBe(401);
      const garbage = await w.as('F').run({ type: 'castDot', roundId: 42 });
      expect(garbage.status).toBe(422);
    });
  });

  it('the facilitator enters a dot on behalf of a participant, attributed to both', async () => {
    const w = await votingRoom();
    const res = await w.as('F', 'S2').must({ type: 'castDot', roundId: 'r1', optionId: 'k3' });
    expect(res.body.event.actor).toMatchObject({
      participantId: w.facilitator.participantId,
      onBehalfOf: w.person('S2').participantId,
    });
    expect(res.body.event.data.participantId).toBe(w.person('S2').participantId);
  });

  it('revoking a participant closes their live sockets with 4401 and refuses their token', async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.join('S9', 'civil_society');
    const content = sync(w, 'S9');
    const decisions = sync(w, 'S9', 'decisions');
    await Promise.all([content.synced(), decisions.synced()]);
    const started = Date.now();
    await w.as('F').must({ type: 'revokeParticipant', participantId: w.person('S9').participantId });
    await waitFor(() => content.closes.length > 0 && decisions.closes.length > 0, 'sockets to close', 3000);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(content.closes[0]!.code).toBe(CloseCode.unauthorized);
    expect(decisions.closes[0]!.code).toBe(CloseCode.unauthorized);
    const again = await w.as('S9').run({ type: 'castDot', roundId: 'r1', optionId: 'k1' });
    expect(again.status).toBe(401);
    const reconnect = sync(w, 'S9');
    await waitFor(() => reconnect.closes.length > 0, 'refused reconnect');
    expect(reconnect.closes[0]!.code).toBe(CloseCode.unauthorized);
  });

  it("replacing one's own link refuses every earlier token of that person at once and closes their sockets; nobody else is touched", async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.join('S9', 'civil_society');
    const stolen = w.person('F').token; // as read off a plain-HTTP Wi-Fi
    const facilitatorSocket = sync(w, 'F');
    const other = sync(w, 'S9');
    await Promise.all([facilitatorSocket.synced(), other.synced()]);

    const replaced = await api(server.http, 'POST', `/api/workshops/${w.workshopId}/my-link`, undefined, stolen);
    expect(replaced.status).toBe(200);
    const fresh = replaced.body.token as string;
    expect(fresh).not.toBe(stolen);
    await waitFor(() => facilitatorSocket.closes.length > 0, 'the old socket to close', 3000);
    expect(facilitatorSocket.closes[0]!.code).toBe(CloseCode.unauthorized);

    expect((await api(server.http, 'GET', `/api/workshops/${w.workshopId}`, undefined, stolen)).status).toBe(401);
    expect((await api(server.http, 'POST', `/api/workshops/${w.workshopId}/my-link`, undefined, stolen)).status).toBe(401);
    const refused = connectClient(server.ws, w.workshopId, stolen);
    clients.push(refused);
    await waitFor(() => refused.closes.length > 0, 'the stolen token to be refused');
    expect(refused.closes[0]!.code).toBe(CloseCode.unauthorized);

    const me = await api(server.http, 'GET', `/api/workshops/${w.workshopId}`, undefined, fresh);
    expect(me.status).toBe(200);
    expect(me.body.me.role).toBe('facilitator');
    expect(other.closes).toEqual([]);
    expect((await api(server.http, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.person('S9').token)).status).toBe(200);
  });

  it('an observer cannot write content; after a role change to participant, it can', async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.join('S8', 'civil_society');
    await w.as('F').must({ type: 'setRole', participantId: w.person('S8').participantId, role: 'observer' });
    const obs = sync(w, 'S8');
    await obs.synced();
    obs.text.insert(0, 'pengamat menulis');
    await waitFor(() => obs.closes.length > 0, 'observer close');
    expect(obs.closes[0]!.code).toBe(CloseCode.forbidden);

    await w.as('F').must({ type: 'setRole', participantId: w.person('S8').participantId, role: 'participant' });
    const writer = sync(w, 'S8');
    const reader = sync(w, 'F');
    await Promise.all([writer.synced(), reader.synced()]);
    writer.text.insert(0, 'sekarang boleh');
    await waitFor(() => reader.text.toString() === 'sekarang boleh', 'participant write to arrive');
    expect(writer.closes).toEqual([]);
  });

  it('after a freeze nobody writes content, and freezing is refused while the gate fails', async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.join('S3', 'private');
    await w.goTo('sign_off');
    await nothingStored(w, async () => {
      const early = await w.as('F').run({ type: 'freezeCharter' });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('freeze_gate_failed');
      expect(early.body.error.params.gaps.length).toBeGreaterThan(3);
    });

    await w.readyToFreeze();
    const writer = sync(w, 'S9');
    await writer.synced();
    writer.text.insert(0, 'sebelum');
    await w.as('F').must({ type: 'freezeCharter' });
    writer.text.insert(0, 'sesudah ');
    await waitFor(() => writer.closes.length > 0, 'write after freeze to be refused');
    expect(writer.closes[0]!.code).toBe(CloseCode.forbidden);
    const facilitator = sync(w, 'F');
    await facilitator.synced();
    expect(facilitator.text.toString()).toBe('sebelum');
    facilitator.text.insert(0, 'fasilitator ');
    await waitFor(() => facilitator.closes.length > 0, 'facilitator write after freeze to be refused');
    expect(facilitator.closes[0]!.code).toBe(CloseCode.forbidden);
    expect(await w.chain()).toMatchObject({ ok: true });
  });

  it('the event log survives a restart and the decisions document is rebuilt from it', async () => {
    const s = await startServer({ demo: false });
    try {
      const w = await ApiWorkshop.create(s.http);
      await w.join('S9', 'civil_society');
      await w.goTo('drafting');
      const head = await w.chain();
      await s.kill();
      const s2 = await startServer({ demo: false, dataDir: s.dataDir });
      try {
        const res = await api(s2.http, 'GET', `/api/workshops/${w.workshopId}/chain`, undefined, w.facilitator.token);
        expect(res.body).toEqual(head);
        const c = connectClient(s2.ws, roomName({ workshopId: w.workshopId, kind: 'decisions' }), w.facilitator.token);
        clients.push(c);
        await c.synced();
        await waitFor(() => readDecisions(c.doc)?.currentStepId === 'drafting', 'projection');
        expect(Object.keys(readDecisions(c.doc)!.participants)).toHaveLength(2);
      } finally {
        await s2.stop();
      }
    } finally {
      await s.kill();
    }
  });
});
