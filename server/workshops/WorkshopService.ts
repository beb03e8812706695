/**
 * Creating workshops and issuing identities (facilitator, board, participants). Every
 * identity is first admitted by the workshop's event log (`joinWorkshop`), so the decisions
 * state knows everyone who may act, and only then gets a token in the directory.
 */
import type { Refusal } from '../../shared/commands/result';
import type { ParticipantId } from '../../shared/schema/ids';
import type { Role } from '../../shared/schema/participants';
import type { Sector, StakeholderCategory } from '../../shared/schema/stakeholders';
import { CONTENT_ROOTS, CONTENT_SCHEMA_VERSION, clauseField } from '../../shared/schema/contentDoc';
import type { ServiceTemplate } from '../../shared/schema/serviceTemplates';
import { templateCommands } from '../../shared/commands/templateCommands';
import * as Y from 'yjs';
import type { CommandPipeline } from '../commands/CommandPipeline';
import type { WorkshopDocuments } from '../commands/WorkshopDocuments';
import type { Directory, ParticipantRecord, TimeZone, WorkshopRecord } from '../storage/Storage';
import { hashDeviceId, hashToken, newId, newJoinCode, newToken } from './tokens';

export interface Issued {
  participant: ParticipantRecord;
  token: string;
}

export interface PersonInput {
  name: string;
  sector: Sector | null;
  category?: StakeholderCategory | null;
  userGroup?: string | null;
  /** The id the joining browser keeps (`mufakat.device`); a revoked person's device is refused. */
  deviceId?: string | null;
}

/** What the owner fills in for a new workshop; only title and service are required. */
export interface NewWorkshop {
  title: string;
  serviceName: string;
  isDemo?: boolean;
  institution?: string | null;
  place?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  timeZone?: TimeZone | null;
}

export class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}


export class WorkshopService {
  constructor(
    private readonly storage: Directory,
    private readonly pipeline: CommandPipeline,
    private readonly documents: WorkshopDocuments,
  ) {}

  async createWorkshop(input: NewWorkshop): Promise<WorkshopRecord> {
    const workshop: WorkshopRecord = {
      id: newId(),
      title: input.title,
      serviceName: input.serviceName,
      joinCode: await this.unusedJoinCode(),
      createdAt: Date.now(),
      isDemo: input.isDemo ?? false,
      institution: input.institution ?? null,
      place: input.place ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      timeZone: input.timeZone ?? null,
      archivedAt: null,
      nomor: null,
    };
    await this.storage.createWorkshop(workshop);
    // Every content document records its layout version from the first update on.
    await this.documents.changeDocument(workshop.id, 'content', (doc) => doc.getMap(CONTENT_ROOTS.meta).set('schemaVersion', CONTENT_SCHEMA_VERSION));
    return workshop;
  }

  /**
   * A new join code for the workshop: the old one stops working at once (e.g. after a revoked
   * person rejoined with it). Tokens already issued are not affected.
   */
  async rotateJoinCode(workshopId: string): Promise<string> {
    const code = await this.unusedJoinCode();
    await this.storage.setJoinCode(workshopId, code);
    return code;
  }

  private async unusedJoinCode(): Promise<string> {
    for (let i = 0; i < 20; i++) {
      const code = newJoinCode();
      if (!(await this.storage.getWorkshopByJoinCode(code))) return code;
    }
    throw new Error('could not find an unused join code');
  }

  /**
   * Issues a new identity with `role`: first its `joinWorkshop` event (which the rules may
   * refuse), then its token. A refused join leaves no token behind.
   */
  async issue(workshopId: string, role: Role, person: PersonInput, id: string = newId(), clock?: () => Date): Promise<Issued> {
    const result = await this.pipeline.execute(
      workshopId,
      { participantId: id as ParticipantId, role, sector: person.sector },
      {
        type: 'joinWorkshop',
        displayName: person.name,
        sector: person.sector,
        ...(person.category ? { category: person.category } : {}),
        ...(person.deviceId ? { deviceHash: hashDeviceId(workshopId, person.deviceId) } : {}),
      },
      clock,
    );
    if (!result.ok) throw new RefusedError(result);
    const participant: ParticipantRecord = {
      id,
      workshopId,
      name: person.name,
      issuedRole: role,
      sector: person.sector,
      category: person.category ?? null,
      userGroup: person.userGroup ?? null,
      createdAt: Date.now(),
      revokedAt: null,
    };
    const token = newToken();
    await this.storage.createParticipant(participant, hashToken(token));
    return { participant, token };
  }

  /**
   * A fresh token that replaces every earlier one of this participant (issue 19): a token read
   * off the Wi-Fi, or a link left on another device, stops working at once.
   */
  async replaceTokens(participantId: string): Promise<string> {
    const token = newToken();
    await this.storage.replaceTokens(participantId, hashToken(token));
    return token;
  }

  /**
   * Starts a new workshop from a service template (issue 17): the template's user groups,
   * stakeholder cards and draft clauses go through the command pipeline as the facilitator's
   * input (so the event log records them, each clause marked as from the template), then each
   * clause's working text is written into the content document for the room to localise.
   */
  async startFromTemplate(workshopId: string, facilitatorId: string, template: ServiceTemplate): Promise<void> {
    // The rules judge by the role recorded in the workshop's state, not by this actor's.
    const actor = { participantId: facilitatorId as ParticipantId, role: 'facilitator' as const, sector: null };
    const { commands, clauseDrafts } = templateCommands(template, newId);
    for (const command of commands) {
      const result = await this.pipeline.execute(workshopId, actor, command);
      if (!result.ok) throw new RefusedError(result);
    }
    await this.documents.changeDocument(workshopId, 'content', (doc) =>
      doc.transact(() => {
        for (const [clauseId, paragraphs] of Object.entries(clauseDrafts)) {
          doc.getXmlFragment(clauseField(clauseId)).insert(
            0,
            paragraphs.map((text) => {
              const p = new Y.XmlElement('paragraph');
              p.insert(0, [new Y.XmlText(text)]);
              return p;
            }),
          );
        }
      }),
    );
  }

  /** A fresh token for an existing participant; their other tokens stay valid. */
  async reissue(participantId: string): Promise<string> {
    const token = newToken();
    await this.storage.addToken(participantId, hashToken(token));
    return token;
  }
}
