import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { firstClocks } from './handleMessage';

/** Updates of the shapes a server meets: edits, deletions, merged and multi-client ones. */
function sampleUpdates(): Uint8Array[] {
  const out: Uint8Array[] = [];
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array) => out.push(u));
  a.getText('t').insert(0, 'halo');
  a.getText('t').insert(2, ' dunia ');
  a.getMap('m').set('k', 1);
  a.getText('t').delete(0, 3); // a deletion only
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  b.getText('t').insert(1, 'x');
  out.push(Y.encodeStateAsUpdate(b)); // two clients
  out.push(Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))); // b's part only
  out.push(Y.mergeUpdates(out.slice(0, 3)));
  out.push(Y.encodeStateAsUpdate(new Y.Doc())); // empty
  return out;
}

describe('firstClocks', () => {
  it('reads the same first clock per client as a full parse, for every shape of update', () => {
    const updates = sampleUpdates();
    expect(updates.length).toBeGreaterThan(6);
    for (const u of updates) {
      expect(new Map(firstClocks(u))).toEqual(Y.parseUpdateMeta(u).from);
    }
  });

  it('throws on a truncated header instead of reading past it', () => {
    expect(() => firstClocks(new Uint8Array([1, 1]))).toThrow();
    expect(() => firstClocks(new Uint8Array([]))).toThrow();
  });
});
