/** One authenticated WebSocket in one room. */
import type { WebSocket } from 'ws';
import type { Role } from '../../shared/schema/participants';
import type { Sector } from '../../shared/schema/stakeholders';

interface CorkableSocket {
  cork(): void;
  uncork(): void;
  write(b: Buffer): boolean;
}

const corked = new Set<CorkableSocket>();
let uncorkScheduled = false;

/** Corks `socket` once per event-loop turn; one setImmediate uncorks them all. */
function corkUntilNextTurn(socket: CorkableSocket): void {
  if (corked.has(socket)) return;
  socket.cork();
  corked.add(socket);
  if (uncorkScheduled) return;
  uncorkScheduled = true;
  setImmediate(() => {
    uncorkScheduled = false;
    for (const s of corked) s.uncork();
    corked.clear();
  });
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
   * Writes a frame built by `prepareFrame` straight to the socket (the fan-out hot path).
   * The socket stays corked until the end of this event-loop turn, so everything a client is
   * sent in one turn (updates, presence, acks) leaves in one write instead of one each.
   */
  sendPrepared(frame: Buffer): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    const socket = (this.ws as unknown as { _socket?: CorkableSocket })._socket;
    if (!socket) {
      this.ws.send(frame.subarray(frame[1]! < 126 ? 2 : frame[1] === 126 ? 4 : 10), { binary: true });
      return;
    }
    corkUntilNextTurn(socket);
    socket.write(frame);
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(frame, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    // Close reasons are limited to 123 bytes by RFC 6455.
    this.ws.close(code, reason.slice(0, 120));
  }
}
