/**
 * The wire formats the load generator speaks, written with lib0 and y-protocols encoders.
 *
 * - `y`: the y-websocket protocol (our server and the reference server): a varUint message
 *   type, then its payload.
 * - `hocus`: Hocuspocus' framing (read from @hocuspocus/server's IncomingMessage,
 *   OutgoingMessage, MessageReceiver and ClientConnection): every message starts with the
 *   document name as a varString, then the same type and payload. A socket must send
 *   `Auth/Token` for a document before anything else of it is handled (the server queues the
 *   rest); the server answers `Auth/Authenticated`, answers a sync step 1 with its own step 1
 *   and then the step 2, broadcasts updates to every connection of the document (the sender
 *   too) and confirms each update to its sender with `SyncStatus`.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';

export type Framing = 'y' | 'hocus';

export const MSG_SYNC = 0;
export const MSG_AWARENESS = 1;
export const MSG_AUTH = 2;
export const MSG_QUERY_AWARENESS = 3;
/** Hocuspocus only: a sync message that does not trigger another step 1. */
export const MSG_SYNC_REPLY = 4;
/** Hocuspocus only: the server's confirmation of an applied update. */
export const MSG_SYNC_STATUS = 8;
/** Hocuspocus only: the server closes this document on the socket. */
export const MSG_CLOSE = 7;
/** Mufakat only (`?ack=1`): the first N updates of this connection are stored. */
export const MSG_STORED = 100;

export const SYNC_STEP1 = syncProtocol.messageYjsSyncStep1;
export const SYNC_STEP2 = syncProtocol.messageYjsSyncStep2;
export const SYNC_UPDATE = syncProtocol.messageYjsUpdate;

/** Hocuspocus auth sub-types (@hocuspocus/common AuthMessageType). */
export const AUTH_TOKEN = 0;
export const AUTH_PERMISSION_DENIED = 1;
export const AUTH_AUTHENTICATED = 2;

export class Framer {
  constructor(
    readonly framing: Framing,
    /** Document name; only written with the `hocus` framing. */
    readonly docName: string,
  ) {}

  private start(type: number): encoding.Encoder {
    const e = encoding.createEncoder();
    if (this.framing === 'hocus') encoding.writeVarString(e, this.docName);
    encoding.writeVarUint(e, type);
    return e;
  }

  sync(subtype: number, payload: Uint8Array): Uint8Array {
    const e = this.start(MSG_SYNC);
    encoding.writeVarUint(e, subtype);
    encoding.writeVarUint8Array(e, payload);
    return encoding.toUint8Array(e);
  }

  awareness(update: Uint8Array): Uint8Array {
    const e = this.start(MSG_AWARENESS);
    encoding.writeVarUint8Array(e, update);
    return encoding.toUint8Array(e);
  }

  /** Hocuspocus: the token message that opens a document on the socket. */
  auth(token: string): Uint8Array {
    const e = this.start(MSG_AUTH);
    encoding.writeVarUint(e, AUTH_TOKEN);
    encoding.writeVarString(e, token);
    return encoding.toUint8Array(e);
  }

  /** Reads the framing prefix; returns the message type and a decoder at its payload. */
  open(data: Uint8Array): { type: number; decoder: decoding.Decoder } {
    const decoder = decoding.createDecoder(data);
    if (this.framing === 'hocus') decoding.readVarString(decoder);
    return { type: decoding.readVarUint(decoder), decoder };
  }
}

/** One awareness entry, encoded like y-protocols' `encodeAwarenessUpdate` for one client. */
export function encodeAwarenessEntry(clientId: number, clock: number, state: unknown): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, clientId);
  encoding.writeVarUint(e, clock);
  encoding.writeVarString(e, JSON.stringify(state));
  return encoding.toUint8Array(e);
}

/** Decodes an awareness update into its entries (state `null` means removed). */
export function decodeAwarenessUpdate(update: Uint8Array): { clientId: number; state: unknown }[] {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  const out: { clientId: number; state: unknown }[] = [];
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(d);
    decoding.readVarUint(d); // clock
    out.push({ clientId, state: JSON.parse(decoding.readVarString(d)) });
  }
  return out;
}
