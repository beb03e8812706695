import { describe, expect, it } from 'vitest';
import * as ws from 'ws';
import { prepareFrame } from './encoding';

/** Decodes frames the way a ws client does. */
function receive(frame: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // ws exports its frame parser as WebSocket.Receiver (not in @types/ws).
    const { Receiver } = ws as unknown as { Receiver: new (o: { isServer: boolean }) => NodeJS.EventEmitter & { write(b: Buffer): void } };
    const receiver = new Receiver({ isServer: false });
    receiver.on('message', (data: Buffer, isBinary: boolean) => (isBinary ? resolve(data) : reject(new Error('text'))));
    receiver.on('error', reject);
    receiver.write(frame);
  });
}

describe('prepareFrame', () => {
  it.each([0, 1, 125, 126, 65535, 65536, 200_000])('a client reads back a %i-byte payload unchanged', async (length) => {
    const payload = new Uint8Array(length).map((_, i) => (i * 31) % 251);
    const got = await receive(prepareFrame(payload));
    expect(got.byteLength).toBe(length);
    expect(Buffer.compare(got, Buffer.from(payload))).toBe(0);
  });
});
