/**
 * The demo workshops created on first start, so that `npm start` shows a real workshop in
 * progress and, beside it, the same workshop finished (frozen, signed by its five signatories
 * and sealed), so a newcomer sees the end product: the illustrative "Kontrak Pelayanan Akta
 * Kelahiran, Kota Yogyakarta" of the domain reference (names and content invented). Their
 * people are created like anyone else's, and their decisions go through the same commands and
 * rules as a live workshop's.
 */
import * as Y from 'yjs';
import { CONTENT_ROOTS, clauseField } from '../../shared/schema/contentDoc';
import type { ParticipantId } from '../../shared/schema/ids';
import type { WorkshopState } from '../../shared/state/workshopState';
import type { CommandPipeline } from '../commands/CommandPipeline';
import type { WorkshopDocuments } from '../commands/WorkshopDocuments';
import type { Storage, WorkshopRecord } from '../storage/Storage';
import type { WorkshopService } from './WorkshopService';
import { bindParticipants, commandOf, type DemoScript, demoScript, finishedDemoScript } from './demoScript';
import { DemoDay } from './demoClock';
import { newId } from './tokens';

export const DEMO_TITLE = 'Lokakarya Kontrak Pelayanan Akta Kelahiran, Kota Yogyakarta';
export const DEMO_SERVICE = 'Akta Kelahiran';
const DEMO_TIME_ZONE = 'WIB';
export const DEMO_INSTITUTION = 'Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta';
export const DEMO_PLACE = 'Ruang Rapat Dinas Kependudukan dan Pencatatan Sipil, Kompleks Balai Kota Yogyakarta, Jalan Kenari Nomor 56, Yogyakarta';
/**
 * The title is also the name of the event in the Berita Acara ("telah diselenggarakan …"), so it
 * reads as a workshop's name; the parenthesis says on every list and document that it is an example.
 */
export const FINISHED_DEMO_TITLE = 'Lokakarya Kontrak Pelayanan Akta Kelahiran, Kota Yogyakarta (contoh yang sudah selesai)';
/** The finished demo's title before 2026-12-03, so data created then is still found. */
const FINISHED_DEMO_TITLES = new Set([FINISHED_DEMO_TITLE, 'Contoh selesai: Kontrak Pelayanan Akta Kelahiran, Kota Yogyakarta (naskah final ditandatangani)']);

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

/** Writes the script's collaborative content: clause drafts, grid positions, service flow. */
export function writeContent(doc: Y.Doc, script: DemoScript): void {
  // Inside the server's transaction (WorkshopDocuments.changeDocument) this joins it and takes its origin.
  doc.transact(() => {
    doc.getXmlFragment(CONTENT_ROOTS.draft).insert(0, [
      paragraph('Catatan bersama lokakarya. Tulis di sini pertanyaan, usulan, dan hal yang perlu dibahas.'),
    ]);
    for (const [clauseId, paragraphs] of Object.entries(script.clauseDrafts)) {
      doc.getXmlFragment(clauseField(clauseId)).insert(0, paragraphs.map(paragraph));
    }
    const positions = doc.getMap(CONTENT_ROOTS.stakeholderPositions);
    for (const [id, pos] of Object.entries(script.stakeholderPositions)) positions.set(id, { ...pos });
    const flow = doc.getArray<Y.Map<unknown>>(CONTENT_ROOTS.serviceFlow);
    flow.insert(
      0,
      script.serviceFlow.map((step) => {
        const m = new Y.Map<unknown>();
        for (const [k, v] of Object.entries(step)) m.set(k, v);
        return m;
      }),
    );
  });
}

export interface DemoDeps {
  storage: Pick<Storage, 'listWorkshops'>;
  workshops: WorkshopService;
  pipeline: CommandPipeline;
  documents: WorkshopDocuments;
}

export interface DemoWorkshops {
  /** The workshop in progress, resting in the consensus-check step. */
  resting: WorkshopRecord;
  /** The same workshop finished: frozen, signed and sealed (null when turned off). */
  finished: WorkshopRecord | null;
}

/** Creates each demo workshop once; later starts find them and return them. */
export async function ensureDemoWorkshops(app: DemoDeps, options: { finished: boolean } = { finished: true }): Promise<DemoWorkshops> {
  const demos = (await app.storage.listWorkshops()).filter((w) => w.isDemo);
  // Data from before the finished demo existed holds one demo workshop: the resting one.
  const existing = (finished: boolean) => demos.find((w) => FINISHED_DEMO_TITLES.has(w.title) === finished);
  // Side by side: each workshop has its own command queue, so one's storage waits overlap the other's work.
  const [resting, finished] = await Promise.all([
    existing(false) ?? createDemo(app, DEMO_TITLE, demoScript(newId), null),
    existing(true) ?? (options.finished ? createDemo(app, FINISHED_DEMO_TITLE, finishedDemoScript(newId), new DemoDay(new Date(), DEMO_TIME_ZONE)) : null),
  ]);
  return { resting, finished };
}

/**
 * Creates the people, writes the collaborative content (before the steps, so a freeze in the
 * script holds it), then runs every step through the command pipeline.
 */
async function createDemo(app: DemoDeps, title: string, script: DemoScript, day: DemoDay | null): Promise<WorkshopRecord> {
  const w = await app.workshops.createWorkshop({ title, serviceName: DEMO_SERVICE, isDemo: true, institution: DEMO_INSTITUTION, place: DEMO_PLACE, timeZone: DEMO_TIME_ZONE });
  const ids = new Map<string, ParticipantId>();
  for (const person of script.people) {
    const { participant } = await app.workshops.issue(w.id, person.role, person, undefined, day?.arrival());
    ids.set(person.key, participant.id as ParticipantId);
  }
  const idOf = (key: string): ParticipantId => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo script names unknown person ${key}`);
    return id;
  };
  await app.documents.changeDocument(w.id, 'content', (doc) => writeContent(doc, script));
  let state: WorkshopState | null = null;
  for (const [index, step] of script.steps.entries()) {
    const person = script.people.find((p) => p.key === step.as)!;
    const actor = {
      participantId: idOf(step.as),
      role: person.role,
      sector: person.sector,
      ...(step.onBehalfOf ? { onBehalfOf: idOf(step.onBehalfOf) } : {}),
    };
    const command = bindParticipants(commandOf(step, state), idOf);
    const result = await app.pipeline.execute(w.id, actor, command, day?.command(command));
    if (!result.ok) throw new Error(`demo step ${index} (${command.type}) refused: ${result.code} ${result.message}`);
    state = result.state;
  }
  return w;
}
