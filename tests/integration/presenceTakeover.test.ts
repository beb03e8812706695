/**
 * Presence across a phone's reconnect, on real sockets. On a weak Wi-Fi the phone opens a new
 * socket while the server still holds its old one open (half-open until the keepalive closes
 * it). The person's cursor must follow the new socket, stay when the old one finally closes,
 * and never be renamed by someone else's provider echoing it back.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageType, roomName } from '../../shared/protocol';
import { connectClient, rawSocket, type TestClient, waitFor } from '../support/clients';
import { type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

let server: RunningServer | null = null;
const clients: TestClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.stop();
});

/** An awareness frame for one state, as a provider sends it. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MessageType.awareness);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('presence across a reconnect', () => {
  it("follows the person's new socket while the old one is still open, stays when it closes, and no echo renames it", async () => {
    server = await startServer({ demo: false });
    const w = await ApiWorkshop.create(server.http);
    await w.join('Ani', 'civil_society');
    await w.join('Budi', 'government');
    const room = roomName({ workshopId: w.workshopId, kind: 'content' });
    const ANI = 424242;
    const aniState = (cursor: number) => ({ user: { name: 'x', color: '#123456' }, cursor });

    // Citra's view of the room: a stock provider.
    const watcher = connectClient(server.ws, room, w.facilitator.token);
    clients.push(watcher);
    await watcher.synced();
    const seen = () => watcher.provider.awareness.getStates().get(ANI) as { user: { name: string }; cursor: number } | undefined;

    // Ani's phone, then the Wi-Fi drops: the server keeps this socket open, it just goes quiet.
    const oldSocket = rawSocket(server.ws, room, w.person('Ani').token);
    await oldSocket.opened;
    oldSocket.ws.send(awarenessFrame(ANI, 1, aniState(1)));
    await waitFor(() => seen()?.cursor === 1, "Ani's first cursor");
    expect(seen()?.user.name).toBe('Ani');

    // The phone is back on a new socket, with the same awareness id, and moves its cursor.
    const doc = new Y.Doc();
    doc.clientID = ANI;
    const phone = connectClient(server.ws, room, w.person('Ani').token, { doc });
    clients.push(phone);
    await phone.synced();
    phone.provider.awareness.setLocalState(aniState(2)); // clock 1: what the room already has
    phone.provider.awareness.setLocalState(aniState(3)); // clock 2: newer
    await waitFor(() => seen()?.cursor === 3, "Ani's cursor from the new socket");

    // The keepalive closes the old socket: Ani is still there.
    oldSocket.ws.terminate();
    await oldSocket.closed;
    await sleep(500);
    expect(seen()?.cursor).toBe(3);
    expect(seen()?.user.name).toBe('Ani');

    // Budi's provider echoes Ani's state, then a newer one: his socket never speaks for her.
    const budi = rawSocket(server.ws, room, w.person('Budi').token);
    await budi.opened;
    budi.ws.send(awarenessFrame(ANI, 3, aniState(3)));
    budi.ws.send(awarenessFrame(ANI, 9, aniState(99)));
    // And after Ani's phone leaves, his late echo does not bring her back under his name.
    phone.destroy();
    await waitFor(() => seen() === undefined, "Ani's departure");
    budi.ws.send(awarenessFrame(ANI, 10, aniState(100)));
    await sleep(500);
    expect(seen()).toBeUndefined();
    budi.ws.close();
  });
});
