/**
 * Group commit across rooms. Every room with something to store registers here instead of
 * scheduling its own flush; once per event-loop turn (setImmediate, after the poll phase has
 * read every socket that had data) the rooms with updates start their flushes inside one
 * `Storage.groupCommit`, so twenty busy rooms cost one SQLite transaction, one WAL commit
 * and a share of one fsync instead of twenty. Each room still broadcasts only after the
 * shared transaction has committed (its `appendUpdates` resolves then), and rooms with
 * nothing but acks or joiners to answer flush after it, outside the transaction.
 */
import type { Storage } from '../storage/Storage';

export interface Flushable {
  /** Does the room's queue hold document updates not yet stored? */
  readonly hasQueuedUpdates: boolean;
  /** Starts storing the queue; see Room.flush. */
  flush(): Promise<void>;
}

export class FlushScheduler {
  private readonly pending = new Set<Flushable>();
  private scheduled = false;

  constructor(private readonly storage: Pick<Storage, 'groupCommit'>) {}

  /** `room` has queued work: it is flushed at the end of this event-loop turn. */
  schedule(room: Flushable): void {
    this.pending.add(room);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.run);
  }

  private readonly run = (): void => {
    this.scheduled = false;
    const writers: Flushable[] = [];
    const others: Flushable[] = [];
    for (const r of this.pending) (r.hasQueuedUpdates ? writers : others).push(r);
    this.pending.clear();
    const startAll = (): void => {
      for (const r of writers) void r.flush();
    };
    if (writers.length > 1 && this.storage.groupCommit) this.storage.groupCommit(startAll);
    else startAll();
    for (const r of others) void r.flush();
  };
}
