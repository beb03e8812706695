/**
 * The impairment proxy on real loopback sockets: it delays each direction, stalls, shares one
 * bandwidth cap across connections, keeps the byte stream intact, and cuts everyone at once.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ImpairmentProxy, type ImpairmentOptions } from './proxy';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

/** An upstream that echoes every byte and counts what it received per connection. */
async function echoServer(): Promise<{ port: number; received: number[]; closedAt: number[] }> {
  const received: number[] = [];
  const closedAt: number[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    const i = received.push(0) - 1;
    sockets.add(s);
    s.on('data', (d) => {
      received[i]! += d.byteLength;
      s.write(d);
    });
    s.on('error', () => {});
    s.on('close', () => {
      closedAt[i] = performance.now();
      sockets.delete(s);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  );
  return { port: (server.address() as net.AddressInfo).port, received, closedAt };
}

async function proxyTo(port: number, o: Omit<ImpairmentOptions, 'targetPort'>): Promise<ImpairmentProxy> {
  const p = await ImpairmentProxy.start({ targetPort: port, ...o });
  closers.push(() => p.close());
  return p;
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ port, host: '127.0.0.1', noDelay: true }, () => resolve(s));
    s.once('error', reject);
    closers.push(() => void s.destroy());
  });
}

/** Sends `bytes` and resolves with the ms until as many bytes came back. */
function roundTrip(s: net.Socket, bytes: Buffer): Promise<{ ms: number; data: Buffer }> {
  const t0 = performance.now();
  const parts: Buffer[] = [];
  let got = 0;
  return new Promise((resolve) => {
    const on = (d: Buffer) => {
      parts.push(d);
      got += d.byteLength;
      if (got >= bytes.byteLength) {
        s.off('data', on);
        resolve({ ms: performance.now() - t0, data: Buffer.concat(parts) });
      }
    };
    s.on('data', on);
    s.write(bytes);
  });
}

describe('impairment proxy', () => {
  it('adds the delay in each direction, jitter keeps the byte order, stalls add their wait', async () => {
    const echo = await echoServer();
    const plain = await connect((await proxyTo(echo.port, {})).port);
    const base = (await roundTrip(plain, Buffer.from('ping'))).ms;
    expect(base).toBeLessThan(40);

    const delayed = await connect((await proxyTo(echo.port, { delayMs: 60 })).port);
    const rtt = (await roundTrip(delayed, Buffer.from('ping'))).ms;
    expect(rtt).toBeGreaterThanOrEqual(118);
    expect(rtt).toBeLessThan(220);

    // 200 small writes under ±40 ms jitter come back as the very same stream.
    const jittery = await connect((await proxyTo(echo.port, { delayMs: 40, jitterMs: 40, seed: 7 })).port);
    const sent = Buffer.concat(Array.from({ length: 200 }, (_, i) => Buffer.from(`<${i}>`)));
    const back = roundTrip(jittery, sent);
    for (let i = 0; i < 200; i++) jittery.write(Buffer.from(`<${i}>`)); // written piecewise as well
    const { data } = await back;
    expect(data.subarray(0, sent.byteLength).toString()).toBe(sent.toString());

    const stalling = await proxyTo(echo.port, { stallRate: 1, stallMinMs: 100, stallMaxMs: 100 });
    const stalled = (await roundTrip(await connect(stalling.port), Buffer.from('ping'))).ms;
    expect(stalled).toBeGreaterThanOrEqual(198);
    expect(stalling.stats.stalls).toBe(2);
  });

  it('shares one bandwidth cap across connections', async () => {
    const echo = await echoServer();
    // 8 Mbit/s = 1 MB/s, shared by both directions of both connections: 2 × 100 KB up and the
    // same back is 400 KB, at least 400 ms; unimpaired it takes a few ms.
    const proxy = await proxyTo(echo.port, { bandwidthBitsPerSec: 8_000_000 });
    const [a, b] = await Promise.all([connect(proxy.port), connect(proxy.port)]);
    const t0 = performance.now();
    const [ra, rb] = await Promise.all([roundTrip(a, Buffer.alloc(100_000, 1)), roundTrip(b, Buffer.alloc(100_000, 2))]);
    const both = performance.now() - t0;
    expect(both).toBeGreaterThanOrEqual(390);
    expect(both).toBeLessThan(1200);
    // Neither connection had the link to itself: each waited for the other's bytes too.
    expect(Math.min(ra.ms, rb.ms)).toBeGreaterThan(250);
    expect(proxy.stats.bytesUp).toBe(200_000);
    expect(proxy.stats.bytesDown).toBe(200_000);
  });

  it('an access point restart cuts every client at once, refuses new ones, then lets them back', async () => {
    const echo = await echoServer();
    const proxy = await proxyTo(echo.port, { delayMs: 5 });
    const clients = await Promise.all([connect(proxy.port), connect(proxy.port), connect(proxy.port)]);
    await Promise.all(clients.map((c) => roundTrip(c, Buffer.from('hi'))));
    const closed = clients.map((c) => new Promise<number>((r) => c.once('close', () => r(performance.now()))));
    for (const c of clients) c.on('error', () => {});
    const cutAt = performance.now();
    proxy.cut(300);
    const closedAt = await Promise.all(closed);
    for (const t of closedAt) expect(t - cutAt).toBeLessThan(50);
    expect(proxy.down).toBe(true);

    // While it is down, a new connection is refused (reset before any byte is relayed).
    const refused = await new Promise<string>((resolve) => {
      const s = net.connect({ port: proxy.port, host: '127.0.0.1' });
      s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      s.on('close', () => resolve('closed'));
      s.on('data', () => resolve('data'));
      s.write('hello');
    });
    expect(refused).not.toBe('data');
    expect(proxy.stats.refused).toBe(1);

    // The servers' side of the old connections learns only when the access point is back.
    await new Promise((r) => setTimeout(r, 100));
    expect(echo.closedAt.filter(Boolean)).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 260));
    expect(proxy.down).toBe(false);
    expect(echo.closedAt.slice(0, 3).every((t) => t - cutAt >= 290)).toBe(true);
    const again = await connect(proxy.port);
    expect((await roundTrip(again, Buffer.from('back'))).data.toString()).toBe('back');
  });
});
