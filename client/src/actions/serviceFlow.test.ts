import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_ROOTS } from '../../../shared/schema/contentDoc';
import { addFlowStep, moveFlowStep, readFlowSteps, removeFlowStep, updateFlowStep } from './serviceFlow';

const step = (unit: string) => ({ unit, action: `${unit} action`, documents: '', minutes: 5, costRupiah: 0 });
const units = (doc: Y.Doc) => readFlowSteps(doc.getArray<unknown>(CONTENT_ROOTS.serviceFlow)).map((s) => s.unit);

describe('service flow actions', () => {
  it('adds, edits, reorders and removes steps, keeping their ids', () => {
    const doc = new Y.Doc();
    for (const u of ['Loket 1', 'Verifikasi', 'Cetak']) addFlowStep(doc, step(u));
    const [first] = readFlowSteps(doc.getArray<unknown>(CONTENT_ROOTS.serviceFlow));
    moveFlowStep(doc, first!.id, 2);
    expect(units(doc)).toEqual(['Verifikasi', 'Cetak', 'Loket 1']);
    const moved = readFlowSteps(doc.getArray<unknown>(CONTENT_ROOTS.serviceFlow))[2]!;
    expect(moved.id).toBe(first!.id);
    updateFlowStep(doc, moved.id, 'minutes', 15);
    expect(readFlowSteps(doc.getArray<unknown>(CONTENT_ROOTS.serviceFlow))[2]!.minutes).toBe(15);
    removeFlowStep(doc, moved.id);
    expect(units(doc)).toEqual(['Verifikasi', 'Cetak']);
  });

  it('a reorder on one replica reaches another intact', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
    addFlowStep(a, step('A'));
    addFlowStep(a, step('B'));
    const id = readFlowSteps(a.getArray<unknown>(CONTENT_ROOTS.serviceFlow))[1]!.id;
    moveFlowStep(a, id, 0);
    expect(units(b)).toEqual(['B', 'A']);
  });
});
