import { describe, expect, it } from 'vitest';
import {
  connectionStatus,
  initialTrackerState,
  reduceTracker,
  type StoredTrackerState,
  storedStatus,
  type TrackerEvent,
} from './storedTracker';

function run(events: TrackerEvent[], start = initialTrackerState(false)): StoredTrackerState {
  return events.reduce(reduceTracker, start);
}

/** A connection as the server drives it: open, our step 2 goes out, then we are synced. */
const connectAndSync: TrackerEvent[] = [
  { type: 'socketCreated' },
  { type: 'socketOpened' },
  { type: 'frameSent' }, // our step 2, answering the server's step 1
  { type: 'synced', synced: true },
];
const closed: TrackerEvent = { type: 'socketClosed', code: 1006, refused: false };

describe('storedTracker', () => {
  it('says connecting before the first socket opens', () => {
    expect(storedStatus(run([{ type: 'socketCreated' }]))).toBe('connecting');
  });

  it('is saving after syncing until the server acknowledges our step 2', () => {
    const s = run(connectAndSync);
    expect(storedStatus(s)).toBe('saving');
    expect(storedStatus(reduceTracker(s, { type: 'stored', count: 1 }))).toBe('saved');
  });

  it('a local edit is saving until its update frame is acknowledged', () => {
    let s = run([...connectAndSync, { type: 'stored', count: 1 }]);
    s = reduceTracker(s, { type: 'localChange' });
    expect(storedStatus(s)).toBe('saving');
    s = reduceTracker(s, { type: 'frameSent' });
    expect(storedStatus(s)).toBe('saving');
    s = reduceTracker(s, { type: 'stored', count: 2 });
    expect(storedStatus(s)).toBe('saved');
    expect(s.dirty).toBe(false);
  });

  it('a local edit that has not reached a frame yet is not saved even if acks are complete', () => {
    const s = run([...connectAndSync, { type: 'stored', count: 1 }, { type: 'localChange' }]);
    expect(s.acked).toBe(s.sent);
    expect(storedStatus(s)).toBe('saving');
  });

  it('an ack for fewer frames than sent keeps saving', () => {
    const s = run([
      ...connectAndSync,
      { type: 'localChange' },
      { type: 'frameSent' },
      { type: 'stored', count: 1 },
    ]);
    expect(storedStatus(s)).toBe('saving');
  });

  it('an edit sent but not acknowledged before the connection drops becomes unsaved', () => {
    const s = run([
      ...connectAndSync,
      { type: 'stored', count: 1 },
      { type: 'localChange' },
      { type: 'frameSent' },
      closed,
    ]);
    expect(storedStatus(s)).toBe('unsaved');
    expect(s.dirty).toBe(true);
  });

  it('offline edits stay unsaved until a later connection acknowledges its step 2', () => {
    let s = run([...connectAndSync, { type: 'stored', count: 1 }, closed, { type: 'localChange' }]);
    expect(storedStatus(s)).toBe('unsaved');
    s = run([{ type: 'socketCreated' }, { type: 'socketOpened' }], s);
    expect(storedStatus(s)).toBe('saving');
    s = run([{ type: 'frameSent' }, { type: 'synced', synced: true }], s);
    expect(storedStatus(s)).toBe('saving');
    s = reduceTracker(s, { type: 'stored', count: 1 });
    expect(storedStatus(s)).toBe('saved');
  });

  it('acks from an earlier connection do not count on the next one', () => {
    let s = run([...connectAndSync, { type: 'localChange' }, { type: 'frameSent' }, closed]);
    s = run([...connectAndSync], s);
    expect(s.acked).toBe(0);
    expect(storedStatus(s)).toBe('saving');
  });

  it('a persisted unsaved flag survives a reload while offline', () => {
    const s = run([{ type: 'socketCreated' }, closed], initialTrackerState(true, false));
    expect(storedStatus(s)).toBe('unsaved');
    expect(connectionStatus(s)).toBe('offline');
  });

  it('without unsaved changes a dropped connection reads as offline after repeated failures', () => {
    let s = run([...connectAndSync, { type: 'stored', count: 1 }, closed]);
    expect(storedStatus(s)).toBe('connecting');
    s = run([{ type: 'socketCreated' }, closed, { type: 'socketCreated' }, closed], s);
    expect(storedStatus(s)).toBe('offline');
  });

  it('the browser going offline is shown at once', () => {
    const s = run([{ type: 'socketCreated' }, closed, { type: 'network', online: false }]);
    expect(connectionStatus(s)).toBe('offline');
  });

  it('a refusing close code is remembered and reads as offline', () => {
    const s = run([...connectAndSync, { type: 'socketClosed', code: 4401, refused: true }]);
    expect(s.refusedWith).toBe(4401);
    expect(storedStatus(s)).toBe('offline');
  });

  it('acks never go backwards', () => {
    const s = run([
      ...connectAndSync,
      { type: 'frameSent' },
      { type: 'stored', count: 2 },
      { type: 'stored', count: 1 },
    ]);
    expect(s.acked).toBe(2);
    expect(storedStatus(s)).toBe('saved');
  });
});
