/**
 * A workshop driven through the real HTTP API, with a vocabulary that reads like the domain:
 * `w.join('S9', 'civil_society')`, `w.as('S9').run({type: 'castDot', ...})`, `w.goTo('dot_vote')`.
 */
import { requiredSectionCodes } from '../../shared/schema/sections';
import type { AgendaMethod } from '../../shared/schema/agenda';
import type { Sector, StakeholderCategory } from '../../shared/schema/stakeholders';
import { api, createWorkshop } from './api';
import { USERS_MANDATE } from '../../shared/testing/workshopKit';

export interface Person {
  key: string;
  participantId: string;
  token: string;
  sector: Sector | null;
}

export interface CommandResult {
  status: number;
  body: any;
}

const CATEGORY_OF: Record<Sector, StakeholderCategory> = {
  government: 'provider_unit',
  private: 'private_provider',
  civil_society: 'service_user',
};

export const AGENDA = (
  ['promotion', 'complaint_review', 'stakeholder_mapping', 'user_groups', 'vision_mission', 'drafting', 'dot_vote', 'consensus_check', 'rights_obligations', 'sign_off'] as const
).map((method) => ({ id: method, method, title: { id: method }, plannedMinutes: 30, sectionCodes: [] }));

export class ApiWorkshop {
  readonly people = new Map<string, Person>();
  private constructor(
    readonly base: string,
    readonly workshopId: string,
    readonly joinCode: string,
    facilitatorToken: string,
  ) {
    this.people.set('F', { key: 'F', participantId: '', token: facilitatorToken, sector: null });
  }

  static async create(base: string): Promise<ApiWorkshop> {
    const w = await createWorkshop(base);
    const ws = new ApiWorkshop(base, w.workshopId, w.joinCode, w.facilitatorToken);
    const me = await api(base, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken);
    ws.people.get('F')!.participantId = me.body.me.participantId;
    return ws;
  }

  get facilitator(): Person {
    return this.people.get('F')!;
  }

  person(key: string): Person {
    const p = this.people.get(key);
    if (!p) throw new Error(`no person ${key}`);
    return p;
  }

  async join(key: string, sector: Sector, category: StakeholderCategory = CATEGORY_OF[sector]): Promise<Person> {
    const res = await api(this.base, 'POST', '/api/join', { joinCode: this.joinCode, name: key, sector, category });
    if (res.status !== 201) throw new Error(`join ${key}: ${res.status} ${JSON.stringify(res.body)}`);
    const p = { key, participantId: res.body.participantId, token: res.body.participantToken, sector };
    this.people.set(key, p);
    return p;
  }

  as(key: string, onBehalfOf?: string) {
    const person = this.person(key);
    return {
      run: (command: Record<string, unknown>): Promise<CommandResult> =>
        api(
          this.base,
          'POST',
          `/api/workshops/${this.workshopId}/commands`,
          onBehalfOf ? { ...command, onBehalfOf: this.person(onBehalfOf).participantId } : command,
          person.token,
        ),
      must: async (command: Record<string, unknown>): Promise<CommandResult> => {
        const res = await api(
          this.base,
          'POST',
          `/api/workshops/${this.workshopId}/commands`,
          onBehalfOf ? { ...command, onBehalfOf: this.person(onBehalfOf).participantId } : command,
          person.token,
        );
        if (res.status !== 200) throw new Error(`${key} ${command.type}: ${res.status} ${JSON.stringify(res.body)}`);
        return res;
      },
    };
  }

  async goTo(method: AgendaMethod): Promise<void> {
    const events = await this.events();
    if (!events.some((e: any) => e.type === 'agendaSet')) await this.as('F').must({ type: 'setAgenda', steps: AGENDA });
    await this.as('F').run({ type: 'setAgendaStep', stepId: method });
  }

  async events(): Promise<any[]> {
    const res = await api(this.base, 'GET', `/api/workshops/${this.workshopId}/events`, undefined, this.facilitator.token);
    return res.body.events;
  }

  async chain(): Promise<any> {
    return (await api(this.base, 'GET', `/api/workshops/${this.workshopId}/chain`, undefined, this.facilitator.token)).body;
  }

  /** Proposal → discussion → a fist-to-five check everyone supports → agreed. */
  async agreeClause(voter: string, sectionCode: string): Promise<string> {
    const id = `c_${sectionCode}`;
    const checkId = `k_${sectionCode}`;
    const f = this.as('F');
    await f.must({
      type: 'proposeClause',
      clauseId: id,
      versionId: `${id}v1`,
      sectionCode,
      text: { id: `Klausul ${sectionCode}` },
      rationale: 'Usulan peserta',
      obligatedParty: 'provider',
    });
    await f.must({ type: 'setClauseStatus', clauseId: id, status: 'under_discussion' });
    await f.must({ type: 'startConsensusCheck', checkId, clauseId: id, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    await this.as(voter).must({ type: 'answerConsensus', checkId, level: 5 });
    // The rule holds per sector: everyone else who may answer shows five too (a revoked person
    // or one moved to another role is not counted at the start and is refused here).
    for (const key of this.people.keys()) if (key !== voter && this.person(key).sector) await this.as(key).run({ type: 'answerConsensus', checkId, level: 5 });
    await f.must({ type: 'recordConsensusOutcome', checkId });
    await f.must({ type: 'setClauseStatus', clauseId: id, status: 'agreed', checkId });
    return id;
  }

  /**
   * The room decides a section does not apply: a one-voter fist-to-five check on "Bagian X
   * tidak berlaku karena <reason>" (`level` 5 = full support), recorded; returns the record call.
   */
  async askNotApplicable(voter: string, sectionCode: string, reason: string, level = 5, checkId = `na_${sectionCode}`) {
    const f = this.as('F');
    await f.must({
      type: 'startNotApplicableCheck',
      checkId,
      sectionCode,
      reason: { id: reason },
      preset: 'fist_to_five',
      rule: { kind: 'consensus' },
      fallback: { kind: 'defer' },
    });
    await this.as(voter).must({ type: 'answerConsensus', checkId, level, ...(level < 3 ? { reason: 'Bagian ini tetap perlu' } : {}) });
    // A supporting voter speaks for a room that agrees: every other sector must hold the rule too.
    if (level >= 3) for (const key of this.people.keys()) if (key !== voter && this.person(key).sector) await this.as(key).run({ type: 'answerConsensus', checkId, level: 5 });
    return f.must({ type: 'recordConsensusOutcome', checkId });
  }

  /** Every required section agreed (BIAYA decided not applicable by the room), three signatories, sign-off step. */
  async readyToFreeze(): Promise<void> {
    await this.join('S1', 'government');
    await this.join('S9', 'civil_society');
    await this.join('S7', 'civil_society', 'ngo');
    await this.goTo('consensus_check');
    for (const code of requiredSectionCodes()) if (code !== 'BIAYA') await this.agreeClause('S9', code);
    await this.askNotApplicable('S9', 'BIAYA', 'Gratis (UU 24/2013 Pasal 79A)');
    const f = this.as('F');
    await f.must({ type: 'enrollSignatory', participantId: this.person('S1').participantId, capacity: 'pihak_pertama' });
    await f.must({ type: 'enrollSignatory', participantId: this.person('S9').participantId, capacity: 'pihak_kedua', mandate: USERS_MANDATE });
    await f.must({ type: 'enrollSignatory', participantId: this.person('S7').participantId, capacity: 'saksi' });
    await this.goTo('sign_off');
  }
}
