/**
 * Awareness (presence) comes from clients, so the server checks it before anyone sees it:
 * - an awareness client id belongs to the person whose socket introduced it (`PresenceOwners`).
 *   Stock providers echo every state they hear back to the server, so an entry for an id that
 *   belongs to someone else is dropped silently (an echo, or an attempt to move someone else's
 *   cursor), also after that person's socket closed: a late echo must not make their id, and
 *   their cursor, someone else's.
 * - The same person on a new socket takes their id over (a reconnect, often while the old socket
 *   is still open on the server: a phone that lost the Wi-Fi leaves it half-open until the
 *   keepalive closes it). While the old socket is open only a newer state than the room holds
 *   takes it over; an echo carries the same clock. The old socket's close then no longer removes
 *   the person's presence.
 * - The `user` field (name, participant id, role, sector) is replaced by the identity the
 *   server authenticated, so nobody can appear as someone else (cf. hocuspocus PR #1096);
 *   only the colour is taken from the client.
 * Each state is limited in size; the whole frame is already limited by `maxFrameBytes`.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Connection } from './Connection';
import { ProtocolError, TooLarge } from './errors';

interface Owner {
  /** The socket that speaks for the id now; null once it closed, or for an id on another node. */
  conn: Connection | null;
  participantId: string;
}

/**
 * Who each awareness client id in a room belongs to. Ids whose socket closed are remembered (the
 * oldest forgotten beyond `limit`), so a late echo of a departed person's state is still known
 * as theirs.
 */
export class PresenceOwners {
  private readonly byId = new Map<number, Owner>();

  constructor(private readonly limit = 4096) {}

  get(clientId: number): Owner | undefined {
    return this.byId.get(clientId);
  }

  /** `conn` speaks for `clientId` from now on; the socket that did before no longer does. */
  claim(clientId: number, conn: Connection): void {
    const before = this.byId.get(clientId);
    if (before?.conn && before.conn !== conn) before.conn.awarenessClients.delete(clientId);
    this.byId.delete(clientId);
    this.byId.set(clientId, { conn, participantId: conn.identity.participantId });
    conn.awarenessClients.add(clientId);
    if (this.byId.size > this.limit) this.byId.delete(this.byId.keys().next().value!);
  }

  /** An id another node's socket introduced (with that person's participant id). */
  noteRemote(clientId: number, participantId: string): void {
    if (!this.byId.has(clientId)) this.byId.set(clientId, { conn: null, participantId });
  }

  /** `conn` closed: its ids stay known as its person's. */
  release(conn: Connection): void {
    for (const id of conn.awarenessClients) {
      const owner = this.byId.get(id);
      if (owner?.conn === conn) owner.conn = null;
    }
  }

  get size(): number {
    return this.byId.size;
  }
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * Most awareness states one message may carry. Stock providers echo every state they hear, so
 * after a (re)connect a client sends the whole room's presence back in one message: a room of
 * 80 (a district hall after its access point restarted) passed the earlier limit of 64 on all
 * states, and the 4400 close is final for y-websocket, so those people stopped syncing. Echoes
 * are dropped, so the tight limit is on the ids a message would newly give this socket; this one
 * only bounds the parsing.
 */
export const MAX_AWARENESS_STATES_PER_MESSAGE = 2048;
/** Most awareness client ids one message may introduce for its socket (a client has one). */
export const MAX_NEW_AWARENESS_IDS_PER_MESSAGE = 64;

/**
 * Checks one awareness update from `conn`: returns what the room may apply (identities
 * rewritten, others' entries dropped), or null when nothing is left. `clockOf` reads the clock
 * the room holds for an id. Throws on a malformed or oversized update.
 */
export function guardAwareness(
  update: Uint8Array,
  conn: Connection,
  owners: PresenceOwners,
  maxStateBytes: number,
  clockOf: (clientId: number) => number,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const out = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_STATES_PER_MESSAGE) throw new ProtocolError('too many awareness states in one message');
  const entries: [number, number, string][] = [];
  const claims: number[] = [];
  let introduced = 0;
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > maxStateBytes) throw new TooLarge('awareness state too large');
    const owner = owners.get(clientId);
    if (owner?.conn !== conn) {
      // Removing a state this socket does not speak for is an echo of someone's departure (e.g.
      // the whole room's, batched, after an access point restart): drop it, never adopt the id.
      if (json === 'null') continue;
      if (owner) {
        if (owner.participantId !== conn.identity.participantId) continue;
        const oldSocketOpen = owner.conn !== null && !owner.conn.closed;
        if (oldSocketOpen && clock <= clockOf(clientId)) continue;
      } else if (++introduced > MAX_NEW_AWARENESS_IDS_PER_MESSAGE) {
        throw new ProtocolError('too many awareness states in one message');
      }
      claims.push(clientId);
    }
    entries.push([clientId, clock, rewriteIdentity(json, conn)]);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes in awareness update');
  if (entries.length === 0) return null;
  for (const clientId of claims) owners.claim(clientId, conn);
  encoding.writeVarUint(out, entries.length);
  for (const [clientId, clock, json] of entries) {
    encoding.writeVarUint(out, clientId);
    encoding.writeVarUint(out, clock);
    encoding.writeVarString(out, json);
  }
  return encoding.toUint8Array(out);
}

function rewriteIdentity(json: string, conn: Connection): string {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new ProtocolError('awareness state is not JSON');
  }
  if (state === null) return 'null';
  if (typeof state !== 'object' || Array.isArray(state)) throw new ProtocolError('awareness state must be an object');
  const claimed = (state as { user?: { color?: unknown } }).user;
  const color = typeof claimed?.color === 'string' && COLOUR.test(claimed.color) ? claimed.color : '#1f6f8b';
  const { identity } = conn;
  const user = { name: identity.name, color, participantId: identity.participantId, role: identity.role, sector: identity.sector };
  return JSON.stringify({ ...(state as object), user });
}
