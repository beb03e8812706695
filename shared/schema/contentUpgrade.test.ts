import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_ROOTS, CONTENT_SCHEMA_VERSION } from './contentDoc';
import { CONTENT_UPGRADES, type ContentUpgrade, recordedContentVersion, upgradeContentDoc } from './contentUpgrade';

const SERVER = Symbol('server');

function docWith(version?: unknown): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(CONTENT_ROOTS.draft).insert(0, [new Y.XmlText('Catatan')]);
  if (version !== undefined) doc.getMap(CONTENT_ROOTS.meta).set('schemaVersion', version);
  return doc;
}

function updatesDuring(doc: Y.Doc, run: () => void): unknown[] {
  const origins: unknown[] = [];
  const listen = (_u: Uint8Array, origin: unknown) => origins.push(origin);
  doc.on('update', listen);
  run();
  doc.off('update', listen);
  return origins;
}

describe('content document layout versions', () => {
  it('has one step per layout version after v1', () => {
    expect(CONTENT_UPGRADES.map((u) => [u.from, u.to])).toEqual(Array.from({ length: CONTENT_SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]));
  });

  it('serves a current document, and an unmarked one as the v1 layout, without writing', () => {
    for (const [doc, marked] of [[docWith(CONTENT_SCHEMA_VERSION), true], [docWith(), false]] as const) {
      const origins = updatesDuring(doc, () => {
        expect(upgradeContentDoc(doc, SERVER)).toEqual({ ok: true, from: 1, to: CONTENT_SCHEMA_VERSION, marked });
      });
      expect(origins).toEqual([]);
    }
  });

  it('refuses a document from a newer build without writing to it', () => {
    const doc = docWith(CONTENT_SCHEMA_VERSION + 1);
    const origins = updatesDuring(doc, () => {
      expect(upgradeContentDoc(doc, SERVER)).toEqual({ ok: false, code: 'content_schema_newer', recorded: CONTENT_SCHEMA_VERSION + 1, supported: CONTENT_SCHEMA_VERSION });
    });
    expect(origins).toEqual([]);
  });

  it('upgrades an older document step by step in one transaction with the given origin', () => {
    const steps: ContentUpgrade[] = [
      { from: 2, to: 3, up: (d) => d.getMap('trail').set('v3', d.getMap(CONTENT_ROOTS.meta).get('schemaVersion')) },
      { from: 1, to: 2, up: (d) => d.getMap('trail').set('v2', d.getMap(CONTENT_ROOTS.meta).get('schemaVersion') ?? 'unmarked') },
    ];
    const doc = docWith();
    const origins = updatesDuring(doc, () => {
      expect(upgradeContentDoc(doc, SERVER, steps, 3)).toEqual({ ok: true, from: 1, to: 3, marked: false });
    });
    expect(origins).toEqual([SERVER]);
    expect(doc.getMap('trail').toJSON()).toEqual({ v2: 'unmarked', v3: 2 });
    expect(recordedContentVersion(doc)).toBe(3);
    expect(doc.getXmlFragment(CONTENT_ROOTS.draft).toString()).toContain('Catatan');
  });

  it('refuses a gap in the steps without writing', () => {
    const doc = docWith(1);
    const origins = updatesDuring(doc, () => {
      expect(upgradeContentDoc(doc, SERVER, [{ from: 2, to: 3, up: () => {} }], 3)).toEqual({ ok: false, code: 'no_content_upgrade', from: 1 });
    });
    expect(origins).toEqual([]);
  });

  it('reads a marker that is no version (text, fraction, zero, negative) as unmarked', () => {
    for (const bad of ['2', 1.5, 0, -4]) expect(recordedContentVersion(docWith(bad))).toBeNull();
  });
});
