/**
 * The service flow (alur pelayanan) in the content document: a Y.Array of Y.Maps, one per step
 * (keys of `ServiceFlowStep`). A Yjs type cannot be moved, so reordering copies the step into a
 * new Y.Map at its new index and deletes the old one in one transaction; an edit someone makes
 * to that step at the same instant is lost (the step itself never is).
 */
import * as Y from 'yjs';
import { CONTENT_ROOTS, type ServiceFlowStep } from '../../../shared/schema/contentDoc';
import { newRecordId } from './newRecordId';

export const FLOW_ORIGIN = { source: 'participant', what: 'serviceFlow' } as const;

const flow = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>(CONTENT_ROOTS.serviceFlow);

export function readFlowSteps(array: Y.Array<unknown>): ServiceFlowStep[] {
  return array.toArray().flatMap((item) => {
    if (!(item instanceof Y.Map)) return [];
    const str = (k: string) => (typeof item.get(k) === 'string' ? (item.get(k) as string) : '');
    const num = (k: string) => (typeof item.get(k) === 'number' ? (item.get(k) as number) : 0);
    return [{ id: str('id'), unit: str('unit'), action: str('action'), documents: str('documents'), minutes: num('minutes'), costRupiah: num('costRupiah') }];
  });
}

function toMap(step: ServiceFlowStep): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(step)) map.set(k, v);
  return map;
}

export function addFlowStep(doc: Y.Doc, step: Omit<ServiceFlowStep, 'id'>): void {
  doc.transact(() => flow(doc).push([toMap({ ...step, id: newRecordId() })]), FLOW_ORIGIN);
}

const indexOf = (doc: Y.Doc, id: string) => flow(doc).toArray().findIndex((m) => m instanceof Y.Map && m.get('id') === id);

export function updateFlowStep<K extends Exclude<keyof ServiceFlowStep, 'id'>>(doc: Y.Doc, id: string, key: K, value: ServiceFlowStep[K]): void {
  const map = flow(doc).get(indexOf(doc, id));
  if (map instanceof Y.Map) doc.transact(() => map.set(key, value), FLOW_ORIGIN);
}

export function removeFlowStep(doc: Y.Doc, id: string): void {
  const index = indexOf(doc, id);
  if (index >= 0) doc.transact(() => flow(doc).delete(index, 1), FLOW_ORIGIN);
}

/** Moves the step with `id` to position `to` (index in the list as it is now). */
export function moveFlowStep(doc: Y.Doc, id: string, to: number): void {
  const array = flow(doc);
  const from = indexOf(doc, id);
  if (from < 0 || from === to) return;
  const step = readFlowSteps(array as Y.Array<unknown>)[from];
  if (!step) return;
  doc.transact(() => {
    array.delete(from, 1);
    array.insert(Math.min(Math.max(0, to), array.length), [toMap(step)]);
  }, FLOW_ORIGIN);
}
