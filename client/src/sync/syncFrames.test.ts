import * as encoding from 'lib0/encoding';
import { writeSyncStep1, writeSyncStep2, writeUpdate } from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isDocChangingSyncFrame } from './syncFrames';

function frame(write: (e: encoding.Encoder) => void, type = 0): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('isDocChangingSyncFrame', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'halo');

  it('counts sync step 2 and sync update frames', () => {
    expect(isDocChangingSyncFrame(frame((e) => writeSyncStep2(e, doc)))).toBe(true);
    expect(isDocChangingSyncFrame(frame((e) => writeUpdate(e, Y.encodeStateAsUpdate(doc))))).toBe(true);
  });

  it('accepts ArrayBuffer and other views of the same bytes', () => {
    const bytes = frame((e) => writeSyncStep2(e, doc));
    expect(isDocChangingSyncFrame(bytes.slice().buffer)).toBe(true);
    expect(isDocChangingSyncFrame(new DataView(bytes.slice().buffer))).toBe(true);
  });

  it('does not count step 1, awareness, strings or garbage', () => {
    expect(isDocChangingSyncFrame(frame((e) => writeSyncStep1(e, doc)))).toBe(false);
    expect(isDocChangingSyncFrame(frame((e) => encoding.writeVarUint8Array(e, new Uint8Array([1])), 1))).toBe(false);
    expect(isDocChangingSyncFrame('0 1')).toBe(false);
    expect(isDocChangingSyncFrame(new Uint8Array([0]))).toBe(false);
    expect(isDocChangingSyncFrame(new Uint8Array([0xff]))).toBe(false);
  });
});
