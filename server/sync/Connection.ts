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

  constructor(
    readonly ws: WebSocket,
    readonly identity: Identity,
    /** May this socket change the document? Whole connections, never per field (design.md decision 1). */
    public canWrite: boolean,
    /** Did the client ask for `stored` acknowledgements (`?ack=1`)? */
    readonly wantsAck: boolean,
    readonly remoteAddress: string,
  ) {}

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
