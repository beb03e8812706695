/**
 * Resolves a bearer token to the person behind it. Identity has one source: the token's hash
 * finds the directory record (which workshop, which participant id), and everything about
 * what that person may do now (role, sector, revocation, freeze) comes from the workshop's
 * decisions state, so a role change or a revocation takes effect on the next request.
 */
import type { Participant } from '../../shared/schema/participants';
import { entryOf, hasEntry } from '../../shared/schema/records';
import type { Ledgers } from '../commands/Ledgers';
import type { Directory, ParticipantRecord } from '../storage/Storage';
import { hashToken } from './tokens';

/** A token resolved against the workshop's decisions state. */
export interface Authenticated {
  record: ParticipantRecord;
  participant: Participant;
  frozen: boolean;
}

export type AuthFailure = { ok: false; status: 401 | 403; code: string; message: string };

export function isAuthFailure(a: Authenticated | AuthFailure): a is AuthFailure {
  return 'ok' in a;
}

export class Authenticator {
  constructor(
    private readonly storage: Pick<Directory, 'getParticipantByTokenHash'>,
    private readonly ledgers: Ledgers,
  ) {}

  /** The person behind a token, as the workshop's decisions state knows them now, or why not. */
  async authenticate(token: string | null | undefined, workshopId: string): Promise<Authenticated | AuthFailure> {
    const unauthorized: AuthFailure = { ok: false, status: 401, code: 'unauthorized', message: 'missing, unknown or revoked token' };
    if (!token) return unauthorized;
    const record = await this.storage.getParticipantByTokenHash(hashToken(token));
    if (!record || record.revokedAt !== null) return unauthorized;
    if (record.workshopId !== workshopId) {
      return { ok: false, status: 403, code: 'forbidden', message: 'token is for another workshop' };
    }
    let { state } = await this.ledgers.get(workshopId);
    // Joined through another server node a moment ago: read the log again.
    if (!hasEntry(state.participants, record.id)) ({ state } = await this.ledgers.reload(workshopId));
    const participant = entryOf(state.participants, record.id);
    if (!participant || participant.revoked) return unauthorized;
    return { record, participant, frozen: state.freeze !== null };
  }
}
