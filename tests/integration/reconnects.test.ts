/**
 * Nobody's sockets drop while the room works: people join, roles change, commands run, and
 * the room then sits quietly past y-websocket's 30 s "no message received" watchdog. Each
 * person holds the two sockets the app opens, with stock providers: the content room (with
 * presence and acks) and the read-only decisions room (no presence, no acks, so it hears
 * nothing of its own). Only the person whose role changed may reconnect, once per socket,
 * with the reconnect code.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CloseCode, roomName } from '../../shared/protocol';
import { connectClient, type TestClient, waitFor } from '../support/clients';
import { type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

/** y-websocket's `messageReconnectTimeout` plus its 3 s check interval and some slack. */
const WATCHDOG_WINDOW_MS = 36_000;

let server: RunningServer | null = null;
const clients: TestClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.stop();
});

interface Sockets {
  key: string;
  content: TestClient;
  decisions: TestClient;
  /** Every close each provider saw, ours (`null`: the watchdog) or the server's. */
  closed: { room: 'content' | 'decisions'; code: number | null }[];
}

function connectPerson(w: ApiWorkshop, wsBase: string, key: string): Sockets {
  const token = w.person(key).token;
  const content = connectClient(wsBase, roomName({ workshopId: w.workshopId, kind: 'content' }), token, { ack: true });
  content.provider.awareness.setLocalStateField('user', { name: key, color: '#1f6f8b' });
  const decisions = connectClient(wsBase, roomName({ workshopId: w.workshopId, kind: 'decisions' }), token);
  decisions.provider.awareness.setLocalState(null);
  clients.push(content, decisions);
  const sockets: Sockets = { key, content, decisions, closed: [] };
  content.provider.on('connection-close', (event) => sockets.closed.push({ room: 'content', code: event?.code ?? null }));
  decisions.provider.on('connection-close', (event) => sockets.closed.push({ room: 'decisions', code: event?.code ?? null }));
  return sockets;
}

async function synced(s: Sockets): Promise<void> {
  await s.content.synced();
  await s.decisions.synced();
}

describe('socket stability', () => {
  it('only the person whose role changed reconnects, and a quiet room keeps every socket', { timeout: WATCHDOG_WINDOW_MS + 30_000 }, async () => {
    server = await startServer({ demo: false });
    const w = await ApiWorkshop.create(server.http);
    await w.join('A', 'government');
    await w.join('B', 'private');
    await w.join('C', 'civil_society');
    const people = ['F', 'A', 'B', 'C'].map((key) => connectPerson(w, server!.ws, key));
    for (const p of people) await synced(p);

    // The room works: a late joiner, agenda steps, a proposal, a role change and back.
    await w.join('D', 'civil_society');
    const late = connectPerson(w, server.ws, 'D');
    people.push(late);
    await synced(late);
    await w.goTo('drafting');
    await w.as('A').must({
      type: 'proposeClause',
      clauseId: 'c1',
      versionId: 'c1v1',
      sectionCode: 'WAKTU',
      text: { id: 'Pelayanan dibuka pukul 08.00' },
      rationale: 'Usulan peserta',
      obligatedParty: 'provider',
    });
    const b = w.person('B').participantId;
    await w.as('F').must({ type: 'setRole', participantId: b, role: 'observer' });
    const moved = people.find((p) => p.key === 'B')!;
    await waitFor(() => moved.closed.length >= 2, 'the moved person to be asked to reconnect');
    await synced(moved);
    await w.goTo('dot_vote');

    // Then nobody says anything for longer than the stock provider's watchdog waits.
    await new Promise((r) => setTimeout(r, WATCHDOG_WINDOW_MS));
    for (const p of people) expect(p.content.provider.wsconnected && p.decisions.provider.wsconnected, `${p.key} connected`).toBe(true);

    const unexpected = people.flatMap((p) => (p.key === 'B' ? [] : p.closed.map((c) => `${p.key} ${c.room} ${c.code ?? 'watchdog'}`)));
    expect(unexpected).toEqual([]);
    expect(moved.closed.sort((x, y) => x.room.localeCompare(y.room))).toEqual([
      { room: 'content', code: CloseCode.reconnect },
      { room: 'decisions', code: CloseCode.reconnect },
    ]);
  });
});
