/**
 * Awareness (presence) comes from clients, so the server checks it before anyone sees it:
 * - a socket may only speak for the awareness client ids it introduced. Stock providers echo
 *   every state they hear back to the server, so entries for ids another live socket owns are
 *   dropped silently (an echo, or an attempt to move someone else's cursor), and
 * - the `user` field (name, participant id, role, sector) is replaced by the identity the
 *   server authenticated, so nobody can appear as someone else (cf. hocuspocus PR #1096);
 *   only the colour is taken from the client.
 * Each state is limited in size; the whole frame is already limited by `maxFrameBytes`.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Connection } from './Connection';
import { ProtocolError, TooLarge } from './errors';

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

export function guardAwareness(
  update: Uint8Array,
  conn: Connection,
  owners: Map<number, Connection>,
  maxStateBytes: number,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const out = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_STATES_PER_MESSAGE) throw new ProtocolError('too many awareness states in one message');
  const entries: [number, number, string][] = [];
  let introduced = 0;
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > maxStateBytes) throw new TooLarge('awareness state too large');
    const owner = owners.get(clientId);
    if (owner && owner !== conn && !owner.closed) continue;
    if (owner !== conn) {
      // Removing a state this socket does not own is an echo of someone's departure (e.g. the
      // whole room's, batched, after an access point restart): drop it, never adopt the id.
      if (json === 'null') continue;
      if (++introduced > MAX_NEW_AWARENESS_IDS_PER_MESSAGE) throw new ProtocolError('too many awareness states in one message');
    }
    entries.push([clientId, clock, rewriteIdentity(json, conn)]);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes in awareness update');
  if (entries.length === 0) return null;
  encoding.writeVarUint(out, entries.length);
  for (const [clientId, clock, json] of entries) {
    owners.set(clientId, conn);
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
