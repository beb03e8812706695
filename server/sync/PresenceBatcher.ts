/**
 * Relays a room's presence (awareness) changes like Nagle's algorithm: a change in a quiet
 * room goes out at the end of the event-loop turn; in a busy room, changes within the hold of
 * the last presence frame wait and leave together, one frame with every changed state, or ride
 * along with the next document update (`take`). The hold is `intervalMs` in a room of 100
 * sockets or more and proportionally less in smaller ones: each held change saves one write
 * per socket, so a room of 10 holds a tenth as long. In a room of 200 with cursors moving,
 * that saves a socket write per client for most cursor moves; a cursor may lag by up to the
 * hold. Every socket gets the frame, the sender too: stock providers drop a connection that
 * hears nothing for 30 s, and the echo of their own 15 s renewal keeps it alive.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import { awarenessFrame, prepareFrame } from './encoding';

type Timer = { kind: 'timeout'; handle: NodeJS.Timeout } | { kind: 'immediate'; handle: NodeJS.Immediate };

export class PresenceBatcher {
  /** Awareness client ids changed since the last presence frame. */
  private readonly pending = new Set<number>();
  /** The pending frame's timer, if one is scheduled. */
  private timer: Timer | null = null;
  private lastSentAt = -Infinity;
  private stopped = false;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    /** Config.presenceIntervalMs */
    private readonly intervalMs: number,
    /** Sockets in the room now. */
    private readonly roomSize: () => number,
    /** Sends a frame to every socket of the room. */
    private readonly broadcast: (frame: Buffer) => void,
  ) {}

  /** These awareness client ids changed; they leave with the next presence frame. */
  changed(ids: readonly number[]): void {
    for (const id of ids) this.pending.add(id);
    this.schedule();
  }

  /**
   * The pending changes as one frame (and nothing pending afterwards), or null. Taking it
   * cancels the scheduled frame, so after changes ride along with an update the next ones are
   * held from then on; otherwise the old timer would send them alone moments later.
   */
  take(): Buffer | null {
    this.cancel();
    if (this.pending.size === 0 || this.stopped) return null;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.pending]);
    this.pending.clear();
    this.lastSentAt = performance.now();
    return prepareFrame(awarenessFrame(update));
  }

  /** Nothing more leaves (the room is unloading). */
  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    const hold = this.intervalMs * Math.min(1, this.roomSize() / 100);
    const wait = this.lastSentAt + hold - performance.now();
    const run = (): void => {
      this.timer = null;
      const frame = this.take();
      if (frame) this.broadcast(frame);
    };
    this.timer = wait <= 0 ? { kind: 'immediate', handle: setImmediate(run) } : { kind: 'timeout', handle: setTimeout(run, wait) };
  }

  private cancel(): void {
    const t = this.timer;
    if (!t) return;
    if (t.kind === 'timeout') clearTimeout(t.handle);
    else clearImmediate(t.handle);
    this.timer = null;
  }
}
