/**
 * The demo workshop created on first start, so that `npm start` shows something real.
 * Its content is an illustrative Kontrak Pelayanan (names and content invented; see
 * shared/domain reference), written as Tiptap-compatible Yjs XML.
 */
import * as Y from 'yjs';
import type { Storage, WorkshopRecord } from '../storage/Storage';
import type { WorkshopService } from './WorkshopService';

export const DEMO_TITLE = 'Lokakarya Kontrak Pelayanan Akta Kelahiran, Kota Yogyakarta';
export const DEMO_SERVICE = 'Akta Kelahiran';

/** The Tiptap field the participant editor binds to (see client editor). */
export const DRAFT_FIELD = 'draft';

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

function heading(level: number, text: string): Y.XmlElement {
  const h = new Y.XmlElement('heading');
  h.setAttribute('level', level as unknown as string);
  h.insert(0, [new Y.XmlText(text)]);
  return h;
}

/** Encodes the demo content as one Yjs update. */
export function demoContentUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(DRAFT_FIELD).insert(0, [
    heading(2, 'Rancangan Kontrak Pelayanan Akta Kelahiran'),
    paragraph(
      'Visi: Setiap anak yang lahir di Kota Yogyakarta tercatat kelahirannya dengan mudah, cepat, dan tanpa biaya.',
    ),
    paragraph('Jangka waktu: akta selesai paling lama 3 (tiga) hari kerja sejak berkas dinyatakan lengkap.'),
    paragraph('Biaya: Rp 0, tidak dipungut biaya apa pun (UU 24/2013 Pasal 79A).'),
  ]);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Creates the demo workshop once; later starts find it and return it. */
export async function ensureDemoWorkshop(storage: Storage, workshops: WorkshopService): Promise<WorkshopRecord> {
  const existing = (await storage.listWorkshops()).find((w) => w.isDemo);
  if (existing) return existing;
  const w = await workshops.createWorkshop({ title: DEMO_TITLE, serviceName: DEMO_SERVICE, isDemo: true });
  await storage.appendUpdates(w.id, [demoContentUpdate()]);
  return w;
}
