/** The directory on PostgreSQL. */
import type pg from 'pg';
import { type ParticipantRow, participantRow, toParticipant, toWorkshop, type WorkshopRow, workshopRow } from '../rows';
import { insert, SQL, workshopDetailsStatement } from '../sql';
import type { Directory, ParticipantRecord, WorkshopDetails, WorkshopRecord } from '../Storage';
import { execute, rows, run, transaction } from './pgQuery';

export class PgDirectory implements Directory {
  constructor(private readonly pool: pg.Pool) {}

  async createWorkshop(w: WorkshopRecord): Promise<void> {
    await run(this.pool, insert('workshops', workshopRow(w)));
  }
  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const [r] = await rows<WorkshopRow>(this.pool, SQL.workshop, id);
    return r ? toWorkshop(r) : null;
  }
  async getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const [r] = await rows<WorkshopRow>(this.pool, SQL.workshopByJoinCode, joinCode);
    return r ? toWorkshop(r) : null;
  }
  async listWorkshops(): Promise<WorkshopRecord[]> {
    return (await rows<WorkshopRow>(this.pool, SQL.workshops)).map(toWorkshop);
  }

  async setWorkshopArchived(id: string, archivedAt: number | null): Promise<void> {
    await execute(this.pool, SQL.archiveWorkshop, archivedAt, id);
  }
  async setJoinCode(id: string, joinCode: string): Promise<void> {
    await execute(this.pool, SQL.setJoinCode, joinCode, id);
  }
  async setWorkshopDetails(id: string, details: WorkshopDetails): Promise<void> {
    const st = workshopDetailsStatement(id, details);
    if (st) await run(this.pool, st);
  }
  async addOwnerToken(tokenHash: string, at: number): Promise<void> {
    await execute(this.pool, SQL.insertOwnerToken, tokenHash, at);
  }
  async isOwnerTokenHash(tokenHash: string): Promise<boolean> {
    return (await rows(this.pool, SQL.ownerToken, tokenHash)).length > 0;
  }

  async createParticipant(p: ParticipantRecord, tokenHash: string): Promise<void> {
    await transaction(this.pool, async (c) => {
      await run(c, insert('participants', participantRow(p)));
      await execute(c, SQL.insertToken, tokenHash, p.id, p.createdAt);
    });
  }
  async addToken(participantId: string, tokenHash: string): Promise<void> {
    await execute(this.pool, SQL.insertToken, tokenHash, participantId, Date.now());
  }
  async replaceTokens(participantId: string, tokenHash: string): Promise<void> {
    await transaction(this.pool, async (c) => {
      await execute(c, SQL.insertToken, tokenHash, participantId, Date.now());
      await execute(c, SQL.deleteOtherTokens, participantId, tokenHash);
    });
  }
  async getParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
    const [r] = await rows<ParticipantRow>(this.pool, SQL.participantByToken, tokenHash);
    return r ? toParticipant(r) : null;
  }
  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const [r] = await rows<ParticipantRow>(this.pool, SQL.participant, id);
    return r ? toParticipant(r) : null;
  }
  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return (await rows<ParticipantRow>(this.pool, SQL.participants, workshopId)).map(toParticipant);
  }
  async revokeParticipant(id: string, at: number): Promise<void> {
    await execute(this.pool, SQL.revoke, at, id);
  }
}
