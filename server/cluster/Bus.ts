/**
 * Messages between server nodes (design decision 3: Redis pub/sub at scale). A single node
 * uses `LocalBus`, which delivers nothing: there is nobody else to tell.
 *
 * The bus only ever carries what is already durable (stored updates, appended events) or
 * ephemeral (presence), so losing a message costs latency, never data: a node that misses
 * one catches up from the database.
 */
export type BusHandler = (payload: Uint8Array) => void;

export interface Bus {
  /** This node's id; payloads carry it so a node ignores its own messages. */
  readonly nodeId: string;
  /** False when there is nobody to tell: callers skip encoding messages altogether. */
  readonly active: boolean;
  publish(channel: string, payload: Uint8Array): void;
  subscribe(channel: string, handler: BusHandler): Promise<void>;
  unsubscribe(channel: string): Promise<void>;
  close(): Promise<void>;
}

export class LocalBus implements Bus {
  readonly nodeId = 'local';
  readonly active = false;
  publish(): void {}
  async subscribe(): Promise<void> {}
  async unsubscribe(): Promise<void> {}
  async close(): Promise<void> {}
}
