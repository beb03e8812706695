/** One authenticated WebSocket in one room. */
import type { WebSocket } from 'ws';
import type { Role } from '../../shared/schema/participants';
import type { Sector } from '../../shared/schema/stakeholders';

interface RawSocket {
  write(b: Buffer): boolean;
}

export interface Identity {
  participantId: string;
  workshopId: string;
  name: string;
  role: Role;
  sector: Sector | null;
}

export class Connection {
  /** Awareness client ids this socket has announced, removed when it closes. */
  readonly awarenessClients = new Set<number>();
  /** Document-changing sync messages (step 2 or update) received so far. */
  receivedUpdates = 0;
  closed = false;
  /** Something was written to this socket since the last keepalive round (SyncServer). */
  sentSinceKeepalive = false;
  /** Token bucket for messages (Config.messagesPerSecond / messageBurst). */
  private tokens: number;
  private refilledAt = performance.now();

  constructor(
    readonly ws: WebSocket,
    readonly identity: Identity,
    /** May this socket change the document? Whole connections, never per field (design.md decision 1). */
    public canWrite: boolean,
    /** Did the client ask for `stored` acknowledgements (`?ack=1`)? */
    readonly wantsAck: boolean,
    readonly remoteAddress: string,
    private readonly rate: { perSecond: number; burst: number },
  ) {
    this.tokens = rate.burst;
  }

  /** Takes one message from the bucket; false when the connection is over its rate. */
  takeMessage(): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.rate.perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /**
   * Writes bytes built by `prepareFrame` (one or more complete WebSocket frames) straight to
   * the socket: the fan-out hot path, one write per socket per batch, no per-send framing.
   */
  sendPrepared(frames: Buffer): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.sentSinceKeepalive = true;
    const socket = (this.ws as unknown as { _socket?: RawSocket })._socket;
    if (socket) {
      socket.write(frames);
      return;
    }
    // No raw socket (never with ws 8 on a server): unwrap each frame and let ws frame it again.
    for (let at = 0; at < frames.length; ) {
      const [headerLength, length] = frameLengths(frames, at);
      this.ws.send(frames.subarray(at + headerLength, at + headerLength + length), { binary: true });
      at += headerLength + length;
    }
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.sentSinceKeepalive = true;
    this.ws.send(frame, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    // Close reasons are limited to 123 bytes by RFC 6455.
    this.ws.close(code, reason.slice(0, 120));
  }
}

/** Header and payload length of the `prepareFrame` frame at `at`. */
function frameLengths(frames: Buffer, at: number): [number, number] {
  const b = frames[at + 1]!;
  if (b < 126) return [2, b];
  if (b === 126) return [4, frames.readUInt16BE(at + 2)];
  return [10, Number(frames.readBigUInt64BE(at + 2))];
}
