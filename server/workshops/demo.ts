/**
 * The demo workshop created on first start, so that `npm start` shows a real workshop in
 * progress: the illustrative "Kontrak Pelayanan Akta Kelahiran, Kota Yogyakarta" of the
 * domain reference (names and content invented). Its people are created like anyone else's,
 * and its decisions go through the same commands and rules as a live workshop's.
 */
import * as Y from 'yjs';
import { CONTENT_ROOTS, clauseField } from '../../shared/schema/contentDoc';
import type { ParticipantId } from '../../shared/schema/ids';
import type { CommandPipeline } from '../commands/CommandPipeline';
import type { WorkshopDocuments } from '../commands/WorkshopDocuments';
import type { Storage, WorkshopRecord } from '../storage/Storage';
import type { WorkshopService } from './WorkshopService';
import { bindParticipants, type DemoScript, demoScript } from './demoScript';
import { newId } from './tokens';

export const DEMO_TITLE = 'Lokakarya Kontrak Pelayanan Akta Kelahiran, Kota Yogyakarta';
export const DEMO_SERVICE = 'Akta Kelahiran';

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

/** Creates the demo workshop once; later starts find it and return it. */
export async function ensureDemoWorkshop(app: DemoDeps): Promise<WorkshopRecord> {
  const existing = (await app.storage.listWorkshops()).find((w) => w.isDemo);
  if (existing) return existing;
  const w = await app.workshops.createWorkshop({ title: DEMO_TITLE, serviceName: DEMO_SERVICE, isDemo: true });
  const script = demoScript(newId);
  const ids = new Map<string, ParticipantId>();
  for (const person of script.people) {
    const { participant } = await app.workshops.issue(w.id, person.role, person);
    ids.set(person.key, participant.id as ParticipantId);
  }
  const idOf = (key: string): ParticipantId => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo script names unknown person ${key}`);
    return id;
  };
  for (const [index, step] of script.steps.entries()) {
    const person = script.people.find((p) => p.key === step.as)!;
    const actor = {
      participantId: idOf(step.as),
      role: person.role,
      sector: person.sector,
      ...(step.onBehalfOf ? { onBehalfOf: idOf(step.onBehalfOf) } : {}),
    };
    const result = await app.pipeline.execute(w.id, actor, bindParticipants(step.command, idOf));
    if (!result.ok) throw new Error(`demo step ${index} (${step.command.type}) refused: ${result.code} ${result.message}`);
  }
  await app.documents.changeDocument(w.id, 'content', (doc) => writeContent(doc, script));
  return w;
}
