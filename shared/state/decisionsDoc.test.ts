import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { asWorkshopId } from '../schema/ids';
import { SCHEMA_VERSION } from '../schema/version';
import { DECISIONS_ROOT, decisionsDocIsStale, readDecisions, readDecisionsMeta, writeDecisions } from './decisionsDoc';
import { publicProjection } from './projection';
import { initialWorkshopState } from './workshopState';

describe('decisions document', () => {
  const state = initialWorkshopState(asWorkshopId('abcdefgh12345678'));

  it('round-trips the public projection and the log position', () => {
    const doc = new Y.Doc();
    writeDecisions(doc, publicProjection(state), { seq: 3, head: 'ab' }, 'server');
    expect(readDecisions(doc)).toEqual(JSON.parse(JSON.stringify(publicProjection(state))));
    expect(readDecisionsMeta(doc)).toEqual({ seq: 3, head: 'ab' });
  });

  it('writing the same projection again produces no update', () => {
    const doc = new Y.Doc();
    writeDecisions(doc, publicProjection(state), { seq: 1, head: 'x' }, 'server');
    let updates = 0;
    doc.on('update', () => updates++);
    writeDecisions(doc, publicProjection(state), { seq: 1, head: 'x' }, 'server');
    expect(updates).toBe(0);
  });

  it('a change to one participant rewrites only that entry, and removed entries disappear', () => {
    const doc = new Y.Doc();
    const withTwo = {
      ...state,
      participants: {
        a: { id: 'a', displayName: 'Ana', role: 'participant', sector: 'civil_society', revoked: false, joinedAt: 't' },
        b: { id: 'b', displayName: 'Budi', role: 'participant', sector: 'government', revoked: false, joinedAt: 't' },
      },
    } as unknown as typeof state;
    writeDecisions(doc, publicProjection(withTwo), { seq: 2, head: 'h2' }, 'server');
    const size = Y.encodeStateAsUpdate(doc).length;
    const changed = { ...withTwo, participants: { a: { ...withTwo.participants.a!, role: 'observer' } } } as typeof state;
    const before = Y.encodeStateVector(doc);
    writeDecisions(doc, publicProjection(changed), { seq: 4, head: 'h4' }, 'server');
    const delta = Y.encodeStateAsUpdate(doc, before);
    expect(delta.length).toBeLessThan(size);
    expect(Object.keys(readDecisions(doc)!.participants)).toEqual(['a']);
    expect(readDecisions(doc)!.participants.a!.role).toBe('observer');
  });

  it('is stale when behind the log or written for another state shape, and one write brings it up to date', () => {
    const doc = new Y.Doc();
    expect(decisionsDocIsStale(doc, 0)).toBe(false);
    writeDecisions(doc, publicProjection(state), { seq: 5, head: 'h5' }, 'server');
    expect(decisionsDocIsStale(doc, 5)).toBe(false);
    expect(decisionsDocIsStale(doc, 6)).toBe(true);
    // A document an older build wrote: an older version and a key today's shape no longer has.
    const root = doc.getMap<unknown>(DECISIONS_ROOT);
    root.set('schemaVersion', SCHEMA_VERSION - 1);
    root.set('retiredKey', 'x');
    expect(decisionsDocIsStale(doc, 5)).toBe(true);
    writeDecisions(doc, publicProjection(state), { seq: 5, head: 'h5' }, 'server');
    expect(decisionsDocIsStale(doc, 5)).toBe(false);
    expect(readDecisions(doc)).toEqual(JSON.parse(JSON.stringify(publicProjection(state))));
  });
});
