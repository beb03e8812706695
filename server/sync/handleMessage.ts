/**
 * Reads one binary frame of the y-websocket protocol from `conn` and acts on it.
 * Throws `ProtocolError` for anything malformed; the caller closes only that socket.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MessageType, SyncMessageType } from '../../shared/protocol';
import type { Connection } from './Connection';
import { awarenessMessage } from './encoding';
import type { Room } from './Room';
import { guardAwareness } from './awarenessGuard';
import { ProtocolError, TooLarge, WriteRefused } from './errors';


export function handleMessage(room: Room, conn: Connection, frame: Uint8Array): void {
  try {
    dispatch(room, conn, frame);
  } catch (err) {
    if (err instanceof ProtocolError || err instanceof WriteRefused || err instanceof TooLarge) throw err;
    // lib0 throws plain Errors on truncated input ("Unexpected end of array", "Integer out of Range").
    throw new ProtocolError(`malformed message: ${(err as Error).message}`);
  }
}

function dispatch(room: Room, conn: Connection, frame: Uint8Array): void {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      handleSync(room, conn, decoder);
      break;
    case MessageType.awareness: {
      const raw = decoding.readVarUint8Array(decoder);
      expectEnd(decoder);
      const update = guardAwareness(raw, conn, room.awarenessOwners, room.options.maxAwarenessStateBytes, (id) => room.awareness.meta.get(id)?.clock ?? 0);
      if (update) room.applyAwareness(update, conn);
      break;
    }
    case MessageType.queryAwareness: {
      expectEnd(decoder);
      const clients = [...room.awareness.getStates().keys()];
      if (clients.length > 0) conn.send(awarenessMessage(room.awareness, clients));
      break;
    }
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

function handleSync(room: Room, conn: Connection, decoder: decoding.Decoder): void {
  const subtype = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  expectEnd(decoder);
  switch (subtype) {
    case SyncMessageType.step1: {
      const stateVector = payload;
      // Validate before deferring, so a bad state vector fails on this socket now.
      Y.decodeStateVector(stateVector);
      room.whenDurable(() => conn.send(room.stepTwoFrame(stateVector)));
      break;
    }
    case SyncMessageType.step2:
    case SyncMessageType.update: {
      conn.receivedUpdates++;
      if (!conn.canWrite) {
        // Read-only clients still answer our step 1 with a (usually empty) step 2: accept
        // whatever changes nothing, refuse the rest.
        if (wouldChange(room.doc, payload)) throw new WriteRefused('this role may not change the document');
      } else {
        applyUpdate(room, conn, payload);
      }
      room.ackAfterStored(conn);
      break;
    }
    default:
      throw new ProtocolError(`unknown sync message type ${subtype}`);
  }
}

function applyUpdate(room: Room, conn: Connection, update: Uint8Array): void {
  if (room.docBytes + update.byteLength > room.options.maxDocBytes) {
    throw new TooLarge(`the document would pass its limit of ${room.options.maxDocBytes} bytes`);
  }
  let from: Iterable<[number, number]>;
  try {
    from = firstClocks(update);
  } catch (err) {
    throw new ProtocolError(`malformed update: ${(err as Error).message}`);
  }
  // An update that starts past what we have for a client depends on structs we never saw:
  // Yjs would park it as pending forever. Refuse it before it touches the document.
  for (const [client, clock] of from) {
    if (clock > Y.getState(room.doc.store, client)) throw new ProtocolError('update depends on structs the server does not have');
  }
  let failure: Error | null = null;
  try {
    Y.applyUpdate(room.doc, update, conn);
  } catch (err) {
    failure = new ProtocolError(`malformed update: ${(err as Error).message}`);
  }
  // Anything left pending references missing items (e.g. an unknown origin): drop it, so the
  // document never carries a half-applied update from a socket we are about to close.
  const store = room.doc.store;
  if (store.pendingStructs !== null || store.pendingDs !== null) {
    store.pendingStructs = null;
    store.pendingDs = null;
    failure ??= new ProtocolError('update references items the server does not have');
  }
  if (failure) throw failure;
}

/**
 * The first clock of each client's structs in a (V1) update. An edit from a client carries
 * only its own structs, and then the header says it (count, client, clock), so the hot path
 * skips `Y.parseUpdateMeta`, which decodes every struct; updates with several clients' structs
 * (a reconnect's step 2, a merged update) take the full parse.
 */
export function firstClocks(update: Uint8Array): Iterable<[number, number]> {
  const decoder = decoding.createDecoder(update);
  const clients = decoding.readVarUint(decoder);
  if (clients === 0) return [];
  if (clients > 1) return Y.parseUpdateMeta(update).from;
  decoding.readVarUint(decoder); // number of structs
  const client = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  return [[client, clock]];
}

/** True when applying `update` would add structs or deletions the document lacks. */
export function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (err) {
    throw new ProtocolError(`malformed update: ${(err as Error).message}`);
  }
  if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return false;
  return !Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}

function expectEnd(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message');
}
