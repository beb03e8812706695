/** The charter archive on SQLite (read side; records arrive with events, SqliteEventLog.ts). */
import {
  type CharterVersionRow,
  type SealRow,
  type SignatureRow,
  toCharterVersion,
  toCharterVersionInfo,
  toSeal,
  toSignature,
} from '../rows';
import { SQL } from '../sql';
import type { CharterArchive, CharterVersionInfo, StoredCharterVersion, StoredSeal, StoredSignature } from '../Storage';
import type { Prepared } from './Prepared';

export class SqliteCharterArchive implements CharterArchive {
  constructor(private readonly sql: Prepared) {}

  async getCharterVersion(workshopId: string, version: number): Promise<StoredCharterVersion | null> {
    const r = this.sql.one<CharterVersionRow>(SQL.charterVersion, workshopId, version);
    return r ? toCharterVersion(r) : null;
  }
  async listCharterVersions(workshopId: string): Promise<CharterVersionInfo[]> {
    return this.sql.all<CharterVersionRow>(SQL.charterVersions, workshopId).map(toCharterVersionInfo);
  }
  async listSignatures(workshopId: string, version: number): Promise<StoredSignature[]> {
    return this.sql.all<SignatureRow>(SQL.signatures, workshopId, version).map(toSignature);
  }
  async latestSeal(workshopId: string, version: number): Promise<StoredSeal | null> {
    const r = this.sql.one<SealRow>(SQL.latestSeal, workshopId, version);
    return r ? toSeal(r) : null;
  }
}
