/**
 * A TCP impairment proxy for the benchmark: a room's weak Wi-Fi between the clients and a server
 * on loopback (this machine's kernel has no netem). Every client connects to the proxy, which
 * opens one upstream connection per client and relays bytes with:
 *
 * - **delay with jitter**, per direction: each chunk leaves `delayMs ± jitterMs` (uniform) after
 *   it arrived, never before the chunk ahead of it (TCP keeps order);
 * - **stalls**: a fraction `stallRate` of chunks waits `stallMinMs..stallMaxMs` more, as a lost
 *   frame's retransmission does on Wi-Fi; the chunks behind it in that direction wait with it
 *   (head-of-line blocking);
 * - **a shared bandwidth cap**: one FIFO link for every connection and both directions (Wi-Fi
 *   is one half-duplex medium), `bandwidthBitsPerSec`; a chunk is transmitted when the link is
 *   free, taking `bytes × 8 / bps`, and then travels its delay;
 * - **backpressure**: when more than `maxQueuedBytes` wait in one direction of one connection,
 *   the proxy stops reading that side until it drained (as a TCP window would);
 * - **the access point restarting** (`cut(ms)`): every client connection is reset at once and new
 *   ones are refused for `ms`; the upstream side goes silent (the proxy stops reading it, so the
 *   server's writes pile up in its buffers, as towards phones that left) and is reset when the
 *   access point is back, as a returning phone's TCP stack answers the server's retransmissions.
 *
 * Randomness comes from a seeded generator so two runs impair the same way.
 */
import net from 'node:net';

export interface ImpairmentOptions {
  targetPort: number;
  targetHost?: string;
  /** One-way delay added in each direction, ms. */
  delayMs?: number;
  /** Uniform jitter around the delay, ± ms. */
  jitterMs?: number;
  /** Fraction of chunks (0..1) that stall. */
  stallRate?: number;
  stallMinMs?: number;
  stallMaxMs?: number;
  /** Shared link capacity in bits per second; 0 or absent for none. */
  bandwidthBitsPerSec?: number;
  /** Bytes waiting in one direction of one connection before the proxy stops reading that side. */
  maxQueuedBytes?: number;
  seed?: number;
}

export interface ProxyStats {
  connections: number;
  refused: number;
  chunks: number;
  stalls: number;
  bytesUp: number;
  bytesDown: number;
  cuts: number;
}

/** mulberry32: small, fast, seeded. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pending {
  at: number;
  chunk: Buffer;
}

/** One direction of one connection: an ordered release queue. */
class Lane {
  private readonly queue: Pending[] = [];
  private head = 0;
  private queued = 0;
  private lastAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private paused = false;
  closed = false;

  constructor(
    private readonly proxy: ImpairmentProxy,
    private readonly from: net.Socket,
    private readonly to: net.Socket,
    private readonly up: boolean,
  ) {
    from.on('data', (chunk: Buffer) => this.take(chunk));
  }

  private take(chunk: Buffer): void {
    if (this.closed) return;
    const at = Math.max(this.proxy.releaseTime(chunk.byteLength, this.up), this.lastAt);
    this.lastAt = at;
    this.queue.push({ at, chunk });
    this.queued += chunk.byteLength;
    if (this.queued > this.proxy.maxQueuedBytes && !this.paused) {
      this.paused = true;
      this.from.pause();
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.closed || this.head >= this.queue.length) return;
    const wait = this.queue[this.head]!.at - performance.now();
    this.timer = setTimeout(() => this.release(), Math.max(0, wait));
  }

  private release(): void {
    this.timer = null;
    if (this.closed) return;
    const now = performance.now();
    while (this.head < this.queue.length && this.queue[this.head]!.at <= now + 0.5) {
      const { chunk } = this.queue[this.head]!;
      this.queue[this.head++] = undefined as unknown as Pending;
      this.queued -= chunk.byteLength;
      if (!this.to.destroyed) this.to.write(chunk);
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    if (this.paused && this.queued <= this.proxy.maxQueuedBytes / 2) {
      this.paused = false;
      this.from.resume();
    }
    this.schedule();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue.length = 0;
    this.head = 0;
    this.queued = 0;
  }
}

interface Link {
  client: net.Socket;
  upstream: net.Socket;
  lanes: Lane[];
}

export class ImpairmentProxy {
  readonly stats: ProxyStats = { connections: 0, refused: 0, chunks: 0, stalls: 0, bytesUp: 0, bytesDown: 0, cuts: 0 };
  readonly maxQueuedBytes: number;
  private readonly random: () => number;
  private readonly links = new Set<Link>();
  /** When the shared link is next free (performance.now() ms). */
  private linkFreeAt = 0;
  private refusingUntil = 0;
  private restoreTimer: NodeJS.Timeout | null = null;
  private silenced: Link[] = [];

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
    private readonly o: ImpairmentOptions,
  ) {
    this.maxQueuedBytes = o.maxQueuedBytes ?? 1 << 20;
    this.random = seeded(o.seed ?? 1);
  }

  static start(options: ImpairmentOptions): Promise<ImpairmentProxy> {
    return new Promise((resolve, reject) => {
      let proxy: ImpairmentProxy | null = null;
      const server = net.createServer({ noDelay: true }, (socket) => proxy?.accept(socket));
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const a = server.address();
        proxy = new ImpairmentProxy(server, typeof a === 'object' && a ? a.port : 0, options);
        resolve(proxy);
      });
    });
  }

  /** Is the access point down (connections refused)? */
  get down(): boolean {
    return performance.now() < this.refusingUntil;
  }

  get openConnections(): number {
    return this.links.size;
  }

  /**
   * When a chunk of `bytes` arriving now leaves the far side: transmitted when the shared link is
   * free, then the one-way delay with jitter, plus a stall for a fraction of chunks.
   */
  releaseTime(bytes: number, up: boolean): number {
    const o = this.o;
    const now = performance.now();
    this.stats.chunks++;
    if (up) this.stats.bytesUp += bytes;
    else this.stats.bytesDown += bytes;
    let sent = now;
    if (o.bandwidthBitsPerSec) {
      sent = Math.max(now, this.linkFreeAt) + (bytes * 8 * 1000) / o.bandwidthBitsPerSec;
      this.linkFreeAt = sent;
    }
    const jitter = o.jitterMs ? (this.random() * 2 - 1) * o.jitterMs : 0;
    let at = sent + Math.max(0, (o.delayMs ?? 0) + jitter);
    if (o.stallRate && this.random() < o.stallRate) {
      this.stats.stalls++;
      const min = o.stallMinMs ?? 200;
      const max = o.stallMaxMs ?? 600;
      at += min + this.random() * (max - min);
    }
    return at;
  }

  private accept(client: net.Socket): void {
    if (this.down) {
      this.stats.refused++;
      client.on('error', () => {});
      client.resetAndDestroy();
      return;
    }
    this.stats.connections++;
    client.setNoDelay(true);
    const upstream = net.connect({ port: this.o.targetPort, host: this.o.targetHost ?? '127.0.0.1', noDelay: true });
    const link: Link = { client, upstream, lanes: [] };
    link.lanes.push(new Lane(this, client, upstream, true), new Lane(this, upstream, client, false));
    this.links.add(link);
    const end = (): void => this.drop(link, false);
    for (const s of [client, upstream]) {
      s.on('error', end);
      s.on('close', end);
    }
  }

  /** Closes both sides of a link; `reset` sends RST to the client side. */
  private drop(link: Link, reset: boolean): void {
    if (!this.links.delete(link)) return;
    for (const lane of link.lanes) lane.close();
    if (reset) link.client.resetAndDestroy();
    else link.client.destroy();
    link.upstream.destroy();
  }

  /**
   * The access point restarts: every client is cut at once, new connections are refused for
   * `ms`; the servers' side of the old connections goes silent and is reset when it is back.
   */
  cut(ms: number): void {
    this.stats.cuts++;
    this.refusingUntil = performance.now() + ms;
    for (const link of [...this.links]) {
      this.links.delete(link);
      for (const lane of link.lanes) lane.close();
      link.client.removeAllListeners('close');
      link.client.on('error', () => {});
      link.client.resetAndDestroy();
      link.upstream.removeAllListeners('close');
      link.upstream.on('error', () => {});
      link.upstream.pause();
      this.silenced.push(link);
    }
    if (this.restoreTimer) clearTimeout(this.restoreTimer);
    this.restoreTimer = setTimeout(() => this.restore(), ms);
  }

  private restore(): void {
    this.restoreTimer = null;
    for (const link of this.silenced) link.upstream.resetAndDestroy();
    this.silenced = [];
  }

  async close(): Promise<void> {
    if (this.restoreTimer) clearTimeout(this.restoreTimer);
    this.restore();
    for (const link of [...this.links]) this.drop(link, false);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
