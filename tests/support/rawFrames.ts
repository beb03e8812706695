/** Builders for hand-made sync frames, valid and hostile. */
import * as encoding from 'lib0/encoding';
import net from 'node:net';
import * as Y from 'yjs';
import { MessageType, SyncMessageType } from '../../shared/protocol';

export function syncFrame(subtype: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  encoding.writeVarUint(e, subtype);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

export const updateFrame = (update: Uint8Array) => syncFrame(SyncMessageType.update, update);

export function awarenessFrame(states: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, states.length);
  for (const s of states) {
    encoding.writeVarUint(inner, s.clientId);
    encoding.writeVarUint(inner, s.clock);
    encoding.writeVarString(inner, s.json);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.awareness);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

/** A text update from a fresh client, as a real editor would send it. */
export function textUpdate(text: string, clientId?: number): Uint8Array {
  const d = new Y.Doc();
  if (clientId !== undefined) d.clientID = clientId;
  d.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(d);
}

/** An update whose structs start at clock > 0 for a client the server never saw (a gap). */
export function updateWithGap(): Uint8Array {
  const d = new Y.Doc();
  d.clientID = 424242;
  d.getText('t').insert(0, 'abc');
  const sv = Y.encodeStateVector(d);
  d.getText('t').insert(3, 'def');
  return Y.encodeStateAsUpdate(d, sv); // starts at clock 3
}

/** An update whose item's origin points at an item the server does not have. */
export function updateWithMissingOrigin(): Uint8Array {
  const a = new Y.Doc();
  a.clientID = 515151;
  a.getText('t').insert(0, 'hidden');
  const b = new Y.Doc();
  b.clientID = 616161;
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sv = Y.encodeStateVector(b);
  b.getText('t').insert(3, 'X'); // origin: an item of client 515151 the server never got
  return Y.encodeStateAsUpdate(b, sv);
}

/** A nested JSON string of the given depth: {"a":{"a":...}} */
export function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/**
 * Opens a WebSocket by hand on a raw TCP socket and sends one binary frame with the RSV1 bit
 * set (a "compressed" frame although no compression was negotiated). Resolves with the close
 * code the server sends, or null when it just drops the connection.
 */
export function sendCompressedFrame(port: number, path: string, payload: Uint8Array): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let upgraded = false;
    let buffer = Buffer.alloc(0);
    const done = (code: number | null) => {
      socket.destroy();
      resolve(code);
    };
    socket.setTimeout(5000, () => done(null));
    socket.on('error', () => done(null));
    socket.on('close', () => done(null));
    socket.on('connect', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      );
    });
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        upgraded = true;
        buffer = buffer.subarray(end + 4);
        const mask = Buffer.from([1, 2, 3, 4]);
        const header = Buffer.from([0x80 | 0x40 | 0x2, 0x80 | payload.length]); // FIN + RSV1 + binary, masked
        const body = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
        socket.write(Buffer.concat([header, mask, body]));
      }
      // Walk the server's (unmasked) frames until a close frame: opcode 0x8, then a 2-byte code.
      let at = 0;
      while (at + 2 <= buffer.length) {
        let length = buffer[at + 1]! & 0x7f;
        let headerLength = 2;
        if (length === 126) {
          if (at + 4 > buffer.length) return;
          length = buffer.readUInt16BE(at + 2);
          headerLength = 4;
        } else if (length === 127) {
          if (at + 10 > buffer.length) return;
          length = Number(buffer.readBigUInt64BE(at + 2));
          headerLength = 10;
        }
        if (at + headerLength + length > buffer.length) return;
        if ((buffer[at]! & 0x0f) === 0x8) return done(length >= 2 ? buffer.readUInt16BE(at + headerLength) : null);
        at += headerLength + length;
      }
    });
  });
}
