/** Creating workshops, joining them, and resolving a bearer token to a participant. */
import type { Sector, StakeholderCategory } from '../../shared/schema/stakeholders';
import type { ParticipantRecord, Role, Storage, WorkshopRecord } from '../storage/Storage';
import { hashToken, newId, newJoinCode, newToken } from './tokens';

export interface Issued {
  participant: ParticipantRecord;
  token: string;
}

export interface JoinInput {
  name: string;
  sector: Sector;
  category: StakeholderCategory;
  userGroup?: string | null;
}

export class WorkshopService {
  constructor(private readonly storage: Storage) {}

  async createWorkshop(input: { title: string; serviceName: string; isDemo?: boolean }): Promise<WorkshopRecord> {
    const workshop: WorkshopRecord = {
      id: newId(),
      title: input.title,
      serviceName: input.serviceName,
      joinCode: await this.unusedJoinCode(),
      createdAt: Date.now(),
      isDemo: input.isDemo ?? false,
    };
    await this.storage.createWorkshop(workshop);
    return workshop;
  }

  private async unusedJoinCode(): Promise<string> {
    for (let i = 0; i < 20; i++) {
      const code = newJoinCode();
      if (!(await this.storage.getWorkshopByJoinCode(code))) return code;
    }
    throw new Error('could not find an unused join code');
  }

  /** Issues a token for a new person in the workshop with the given role. */
  async issue(
    workshopId: string,
    role: Role,
    person: { name: string; sector?: string | null; category?: string | null; userGroup?: string | null },
  ): Promise<Issued> {
    const participant: ParticipantRecord = {
      id: newId(),
      workshopId,
      name: person.name,
      role,
      sector: person.sector ?? null,
      category: person.category ?? null,
      userGroup: person.userGroup ?? null,
      createdAt: Date.now(),
      revokedAt: null,
    };
    const token = newToken();
    await this.storage.createParticipant(participant, hashToken(token));
    return { participant, token };
  }

  /** A fresh token for an existing participant; their other tokens stay valid. */
  async reissue(participant: ParticipantRecord): Promise<string> {
    const token = newToken();
    await this.storage.addToken(participant.id, hashToken(token));
    return token;
  }

  async join(workshop: WorkshopRecord, input: JoinInput): Promise<Issued> {
    return this.issue(workshop.id, 'participant', input);
  }

  /** The live (not revoked) participant behind a token, or null. */
  async authenticate(token: string | null | undefined): Promise<ParticipantRecord | null> {
    if (!token) return null;
    const p = await this.storage.getParticipantByTokenHash(hashToken(token));
    return p && p.revokedAt === null ? p : null;
  }
}
