/** The directory on SQLite. */
import type Database from 'better-sqlite3';
import { type ParticipantRow, participantRow, toParticipant, toWorkshop, type WorkshopRow, workshopRow } from '../rows';
import { insert, SQL, workshopDetailsStatement } from '../sql';
import type { Directory, ParticipantRecord, WorkshopDetails, WorkshopRecord } from '../Storage';
import type { Prepared } from './Prepared';

export class SqliteDirectory implements Directory {
  constructor(
    private readonly db: Database.Database,
    private readonly sql: Prepared,
    private readonly committed: () => void,
  ) {}

  async createWorkshop(w: WorkshopRecord): Promise<void> {
    this.sql.run(insert('workshops', workshopRow(w)));
    this.committed();
  }
  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const r = this.sql.one<WorkshopRow>(SQL.workshop, id);
    return r ? toWorkshop(r) : null;
  }
  async getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const r = this.sql.one<WorkshopRow>(SQL.workshopByJoinCode, joinCode);
    return r ? toWorkshop(r) : null;
  }
  async listWorkshops(): Promise<WorkshopRecord[]> {
    return this.sql.all<WorkshopRow>(SQL.workshops).map(toWorkshop);
  }

  async setWorkshopArchived(id: string, archivedAt: number | null): Promise<void> {
    this.sql.statement(SQL.archiveWorkshop).run(archivedAt, id);
    this.committed();
  }
  async setJoinCode(id: string, joinCode: string): Promise<void> {
    this.sql.statement(SQL.setJoinCode).run(joinCode, id);
    this.committed();
  }
  async setWorkshopDetails(id: string, details: WorkshopDetails): Promise<void> {
    const st = workshopDetailsStatement(id, details);
    if (!st) return;
    this.sql.run(st);
    this.committed();
  }
  async addOwnerToken(tokenHash: string, at: number): Promise<void> {
    this.sql.statement(SQL.insertOwnerToken).run(tokenHash, at);
    this.committed();
  }
  async isOwnerTokenHash(tokenHash: string): Promise<boolean> {
    return this.sql.one(SQL.ownerToken, tokenHash) !== undefined;
  }

  async createParticipant(p: ParticipantRecord, tokenHash: string): Promise<void> {
    this.db.transaction(() => {
      this.sql.run(insert('participants', participantRow(p)));
      this.sql.statement(SQL.insertToken).run(tokenHash, p.id, p.createdAt);
    })();
    this.committed();
  }
  async addToken(participantId: string, tokenHash: string): Promise<void> {
    this.sql.statement(SQL.insertToken).run(tokenHash, participantId, Date.now());
    this.committed();
  }
  async replaceTokens(participantId: string, tokenHash: string): Promise<void> {
    this.db.transaction(() => {
      this.sql.statement(SQL.insertToken).run(tokenHash, participantId, Date.now());
      this.sql.statement(SQL.deleteOtherTokens).run(participantId, tokenHash);
    })();
    this.committed();
  }
  async getParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
    const r = this.sql.one<ParticipantRow>(SQL.participantByToken, tokenHash);
    return r ? toParticipant(r) : null;
  }
  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const r = this.sql.one<ParticipantRow>(SQL.participant, id);
    return r ? toParticipant(r) : null;
  }
  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.sql.all<ParticipantRow>(SQL.participants, workshopId).map(toParticipant);
  }
  async revokeParticipant(id: string, at: number): Promise<void> {
    this.sql.statement(SQL.revoke).run(at, id);
    this.committed();
  }
}
