/** Bus payloads: the sender's node id, a kind, and the bytes (lib0 encoding). */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const BusKind = {
  /** A stored Yjs update of a room. */
  docUpdate: 0,
  /** An awareness update of a room. */
  awareness: 1,
  /** A workshop's event log grew; data = UTF-8 JSON `{workshopId, seq}`. */
  decisions: 2,
} as const;

export const roomChannel = (room: string) => `mufakat:room:${room}`;
export const DECISIONS_CHANNEL = 'mufakat:decisions';

export function encodeBusMessage(nodeId: string, kind: number, data: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, nodeId);
  encoding.writeVarUint(e, kind);
  encoding.writeVarUint8Array(e, data);
  return encoding.toUint8Array(e);
}

export function decodeBusMessage(payload: Uint8Array): { nodeId: string; kind: number; data: Uint8Array } {
  const d = decoding.createDecoder(payload);
  return { nodeId: decoding.readVarString(d), kind: decoding.readVarUint(d), data: decoding.readVarUint8Array(d) };
}
