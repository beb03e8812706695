/**
 * Reads the content document (room `<workshopId>`) at the freeze, read-only: its whole state as
 * a Yjs update (hashed into the charter and stored with the version) and the service flow.
 * `beforeRead` runs in the same synchronous callback, before the read, so the caller can close
 * content writes with no frame slipping in between.
 */
import * as Y from 'yjs';
import { CONTENT_ROOTS, type ServiceFlowStep } from '../../shared/schema/contentDoc';
import type { WorkshopDocuments } from '../commands/WorkshopDocuments';

export interface ContentSnapshot {
  state: Uint8Array;
  serviceFlow: ServiceFlowStep[];
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
// JCS cannot carry NaN or Infinity; a step without a number reads as 0.
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The `serviceFlow` root as plain steps, in order, with exactly the documented keys. */
export function readServiceFlow(doc: Y.Doc): ServiceFlowStep[] {
  return doc
    .getArray<unknown>(CONTENT_ROOTS.serviceFlow)
    .toArray()
    .filter((item): item is Y.Map<unknown> => item instanceof Y.Map)
    .map((step) => ({
      id: text(step.get('id')),
      unit: text(step.get('unit')),
      action: text(step.get('action')),
      documents: text(step.get('documents')),
      minutes: num(step.get('minutes')),
      costRupiah: num(step.get('costRupiah')),
    }));
}

export async function snapshotContent(documents: WorkshopDocuments, workshopId: string, beforeRead: () => void): Promise<ContentSnapshot> {
  let snapshot: ContentSnapshot | null = null;
  await documents.changeDocument(workshopId, 'content', (doc) => {
    beforeRead();
    snapshot = { state: Y.encodeStateAsUpdate(doc), serviceFlow: readServiceFlow(doc) };
  });
  if (!snapshot) throw new Error(`content document of ${workshopId} could not be read`);
  return snapshot;
}
