/** The charter archive on PostgreSQL (read side; records arrive with events, PgEventLog.ts). */
import type pg from 'pg';
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
import { rows } from './pgQuery';

export class PgCharterArchive implements CharterArchive {
  constructor(private readonly pool: pg.Pool) {}

  async getCharterVersion(workshopId: string, version: number): Promise<StoredCharterVersion | null> {
    const [r] = await rows<CharterVersionRow>(this.pool, SQL.charterVersion, workshopId, version);
    return r ? toCharterVersion(r) : null;
  }
  async listCharterVersions(workshopId: string): Promise<CharterVersionInfo[]> {
    return (await rows<CharterVersionRow>(this.pool, SQL.charterVersions, workshopId)).map(toCharterVersionInfo);
  }
  async listSignatures(workshopId: string, version: number): Promise<StoredSignature[]> {
    return (await rows<SignatureRow>(this.pool, SQL.signatures, workshopId, version)).map(toSignature);
  }
  async latestSeal(workshopId: string, version: number): Promise<StoredSeal | null> {
    const [r] = await rows<SealRow>(this.pool, SQL.latestSeal, workshopId, version);
    return r ? toSeal(r) : null;
  }
}
