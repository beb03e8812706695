/**
 * Creating workshops, issuing identities (facilitator, board, participants), and resolving a
 * bearer token to the person behind it. Every identity is also recorded in the workshop's
 * event log (`joinWorkshop`), so the decisions state knows everyone who may act.
 */
import type { Refusal } from '../../shared/commands/result';
import type { ParticipantId } from '../../shared/schema/ids';
import type { Participant, Role } from '../../shared/schema/participants';
import type { Sector, StakeholderCategory } from '../../shared/schema/stakeholders';
import type { DecisionService } from '../commands/DecisionService';
import type { ParticipantRecord, Storage, WorkshopRecord } from '../storage/Storage';
import { hashToken, newId, newJoinCode, newToken } from './tokens';

export interface Issued {
  participant: ParticipantRecord;
  token: string;
}

export interface PersonInput {
  name: string;
  sector: Sector | null;
  category?: StakeholderCategory | null;
  userGroup?: string | null;
}

/** A token resolved against the workshop's decisions state. */
export interface Authenticated {
  record: ParticipantRecord;
  participant: Participant;
  frozen: boolean;
}

export type AuthFailure = { ok: false; status: 401 | 403; code: string; message: string };

export class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

export class WorkshopService {
  constructor(
    private readonly storage: Storage,
    private readonly decisions: DecisionService,
  ) {}

  private readonly createdHooks: ((w: WorkshopRecord) => Promise<void>)[] = [];

  /** Runs after a workshop is stored (e.g. to write the first state of its documents). */
  onCreated(hook: (w: WorkshopRecord) => Promise<void>): void {
    this.createdHooks.push(hook);
  }

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
    for (const hook of this.createdHooks) await hook(workshop);
    return workshop;
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
  async issue(workshopId: string, role: Role, person: PersonInput, id: string = newId()): Promise<Issued> {
    const result = await this.decisions.execute(
      workshopId,
      { participantId: id as ParticipantId, role, sector: person.sector },
      {
        type: 'joinWorkshop',
        displayName: person.name,
        sector: person.sector,
        ...(person.category ? { category: person.category } : {}),
      },
    );
    if (!result.ok) throw new RefusedError(result);
    const participant: ParticipantRecord = {
      id,
      workshopId,
      name: person.name,
      role,
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

  /** A fresh token for an existing participant; their other tokens stay valid. */
  async reissue(participant: ParticipantRecord): Promise<string> {
    const token = newToken();
    await this.storage.addToken(participant.id, hashToken(token));
    return token;
  }

  /**
   * The person behind a token, as the workshop's decisions state knows them now (role
   * changes and revocation take effect at once), or why not.
   */
  async authenticate(token: string | null | undefined, workshopId: string): Promise<Authenticated | AuthFailure> {
    const unauthorized: AuthFailure = { ok: false, status: 401, code: 'unauthorized', message: 'missing, unknown or revoked token' };
    if (!token) return unauthorized;
    const record = await this.storage.getParticipantByTokenHash(hashToken(token));
    if (!record || record.revokedAt !== null) return unauthorized;
    if (record.workshopId !== workshopId) {
      return { ok: false, status: 403, code: 'forbidden', message: 'token is for another workshop' };
    }
    let { state } = await this.decisions.ledger(workshopId);
    if (!state.participants[record.id]) {
      // Joined through another server node a moment ago: read the log again.
      this.decisions.forget(workshopId);
      ({ state } = await this.decisions.ledger(workshopId));
    }
    const participant = state.participants[record.id];
    if (!participant || participant.revoked) return unauthorized;
    return { record, participant, frozen: state.freeze !== null };
  }
}

export function isAuthFailure(a: Authenticated | AuthFailure): a is AuthFailure {
  return 'ok' in a;
}
