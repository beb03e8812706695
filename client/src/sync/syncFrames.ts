import * as decoding from 'lib0/decoding';
import { MessageType, SyncMessageType } from '../../../shared/protocol';

/**
 * True for an outgoing frame that the server counts for `stored` acks: a y-websocket `sync`
 * message whose sub-type is step 2 or update (shared/protocol/messages.ts). Step 1, awareness
 * and anything unparsable are not counted.
 */
export function isDocChangingSyncFrame(data: unknown): boolean {
  const bytes = toBytes(data);
  if (bytes === null || bytes.length < 2) return false;
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== MessageType.sync) return false;
    const sub = decoding.readVarUint(decoder);
    return sub === SyncMessageType.step2 || sub === SyncMessageType.update;
  } catch {
    return false;
  }
}

function toBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}
