import type * as Y from 'yjs';

const counts = new WeakMap<Y.Doc, { n: number }>();

/**
 * How many updates `doc` has seen since this was first asked about it: a cheap version
 * number that a render can read (and compare later) without encoding or reading the document.
 */
export function updateCount(doc: Y.Doc): number {
  let count = counts.get(doc);
  if (!count) {
    const created = { n: 0 };
    doc.on('update', () => {
      created.n++;
    });
    counts.set(doc, created);
    count = created;
  }
  return count.n;
}
