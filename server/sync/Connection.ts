/** One authenticated WebSocket in one room. */
import type { WebSocket } from 'ws';
import type { Role } from '../../shared/schema/participants';
import type { Sector } from '../../shared/schema/stakeholders';

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
   * Holds this socket's writes until `uncork`, so several frames leave in one syscall. `ws`
   * keeps the net.Socket private; corking it is safe (Node counts nested cork calls).
   */
  cork(): void {
    (this.ws as unknown as { _socket?: { cork(): void } })._socket?.cork();
  }

  uncork(): void {
    (this.ws as unknown as { _socket?: { uncork(): void } })._socket?.uncork();
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
