/**
 * A small test vocabulary for the domain core: a room you can join people into and issue
 * commands in, with accepted events applied and logged. Pure (no vitest import), so server
 * and client tests may use it too.
 */
import { requiredSectionCodes } from '../schema/sections';
import { applyEvent } from '../commands/applyEvent';
import { decide } from '../commands/decide';
import type { DomainEvent } from '../commands/events';
import type { Decision } from '../commands/result';
import type { AgendaMethod } from '../schema/agenda';
import type { ParticipantId } from '../schema/ids';
import { asParticipantId, asWorkshopId } from '../schema/ids';
import type { Actor, Role } from '../schema/participants';
import type { Sector } from '../schema/stakeholders';
import type { WorkshopState } from '../state/workshopState';
import { initialWorkshopState } from '../state/workshopState';
import { entryOf } from '../schema/records';

export const FACILITATOR = asParticipantId('fac');

/** The users' representative's mandate the kits enrol them with (the freeze gate asks for one). */
export const USERS_MANDATE = { actsFor: 'Forum Warga Pengguna Layanan Kecamatan Gondokusuman', chosenBy: 'dipilih oleh peserta kelompok masyarakat dalam lokakarya' } as const;

export class Room {
  state: WorkshopState;
  readonly events: DomainEvent[] = [];
  private minute = 0;

  constructor() {
    this.state = initialWorkshopState(asWorkshopId('demoroom01'), {
      participantId: FACILITATOR,
      displayName: 'Tim Fasilitator',
      sector: 'civil_society',
      at: this.now(),
    });
  }

  /** A monotonically increasing clock so event times are distinct and ordered. */
  now(): string {
    this.minute += 1;
    return new Date(Date.UTC(2026, 0, 15, 8, this.minute)).toISOString();
  }

  actor(id: ParticipantId, onBehalfOf?: ParticipantId): Actor {
    const p = entryOf(this.state.participants, id);
    const base: Actor = { participantId: id, role: p?.role ?? 'participant', sector: p?.sector ?? 'civil_society' };
    return onBehalfOf ? { ...base, onBehalfOf } : base;
  }

  /** Issues `command` as `who`; applies and logs the event when accepted. */
  run(who: ParticipantId, command: unknown, onBehalfOf?: ParticipantId): Decision {
    const decision = decide(this.state, this.actor(who, onBehalfOf), command, this.now());
    if (decision.ok) {
      this.state = applyEvent(this.state, decision.event);
      this.events.push(decision.event);
    }
    return decision;
  }

  /** Like `run`, but a refusal is a bug in the test setup and throws. */
  must(who: ParticipantId, command: unknown, onBehalfOf?: ParticipantId): DomainEvent {
    const decision = this.run(who, command, onBehalfOf);
    if (!decision.ok) throw new Error(`refused ${JSON.stringify(command)}: ${decision.code} ${decision.message}`);
    return decision.event;
  }

  join(id: string, sector: Sector | null, role: Role = 'participant'): ParticipantId {
    const pid = asParticipantId(id);
    const viaLink: Role = role === 'facilitator' || role === 'co_facilitator' ? 'participant' : role;
    const decision = decide(this.state, { participantId: pid, role: viaLink, sector }, { type: 'joinWorkshop', displayName: id, sector }, this.now());
    if (!decision.ok) throw new Error(`join refused: ${decision.code}`);
    this.state = applyEvent(this.state, decision.event);
    this.events.push(decision.event);
    if (viaLink !== role) this.must(FACILITATOR, { type: 'setRole', participantId: pid, role });
    return pid;
  }

  /** Joins by code from a browser that sends `deviceHash`; returns the decision (applied when accepted). */
  joinOnDevice(id: string, sector: Sector | null, deviceHash: string): Decision {
    const pid = asParticipantId(id);
    const decision = decide(this.state, { participantId: pid, role: 'participant', sector }, { type: 'joinWorkshop', displayName: id, sector, deviceHash }, this.now());
    if (decision.ok) {
      this.state = applyEvent(this.state, decision.event);
      this.events.push(decision.event);
    }
    return decision;
  }

  /** Sets a one-step-per-method agenda (ids = method names) and makes `method` current. */
  goTo(method: AgendaMethod): void {
    if (!this.state.agenda.some((s) => s.id === method)) this.must(FACILITATOR, { type: 'setAgenda', steps: ALL_STEPS });
    if (this.state.currentStepId !== method) this.must(FACILITATOR, { type: 'setAgendaStep', stepId: method });
  }
}

const ALL_STEPS = (
  ['promotion', 'complaint_review', 'stakeholder_mapping', 'user_groups', 'vision_mission', 'drafting', 'dot_vote', 'consensus_check', 'rights_obligations', 'sign_off'] as const
).map((method) => ({ id: method, method, title: { id: method }, plannedMinutes: 30 }));

export function clauseCommand(clauseId: string, sectionCode: string, text = 'Teks klausul') {
  return {
    type: 'proposeClause',
    clauseId,
    versionId: `${clauseId}v1`,
    sectionCode,
    text: { id: text },
    rationale: 'Usulan peserta',
    obligatedParty: 'provider',
  };
}

/**
 * Takes a new clause from proposal to agreement through a fist-to-five check: `voter` and then
 * every other eligible member shows five, so the rule holds in every sector present.
 */
/** Every active participant with a sector who has not answered yet answers `level` (fist-to-five 5: support), so the rule holds in every sector. */
export function everyoneAnswers(room: Room, checkId: string, level = 5): void {
  const check = room.state.consensusChecks[checkId];
  const voters = Object.values(room.state.participants).filter((p) => !p.revoked && p.role === 'participant' && p.sector && !(check && Object.hasOwn(check.answers, p.id)));
  for (const p of voters) room.must(p.id, { type: 'answerConsensus', checkId, level });
}

export function agreeClause(room: Room, voter: ParticipantId, sectionCode: string): void {
  const id = `c_${sectionCode}`;
  const checkId = `k_${sectionCode}`;
  room.must(FACILITATOR, clauseCommand(id, sectionCode));
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: id, status: 'under_discussion' });
  room.must(FACILITATOR, { type: 'startConsensusCheck', checkId, clauseId: id, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
  const others = Object.values(room.state.participants).filter((p) => p.id !== voter && !p.revoked && p.role === 'participant' && p.sector);
  for (const id of [voter, ...others.map((p) => p.id)]) room.must(id, { type: 'answerConsensus', checkId, level: 5 });
  room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId });
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: id, status: 'agreed', checkId });
}

/**
 * The room decides a section does not apply: a fist-to-five check on "Bagian X tidak berlaku
 * karena ...", which `voter` and every other active participant support (the rule holds in
 * every sector), recorded as consensus (which marks the section).
 */
export function markNotApplicableByRoom(room: Room, voter: ParticipantId, sectionCode: string, reason = 'Tidak berlaku untuk layanan ini'): void {
  const checkId = `na_${sectionCode}`;
  room.must(FACILITATOR, {
    type: 'startNotApplicableCheck',
    checkId,
    sectionCode,
    reason: { id: reason },
    preset: 'fist_to_five',
    rule: { kind: 'consensus' },
    fallback: { kind: 'defer' },
  });
  const others = Object.values(room.state.participants).filter((p) => p.id !== voter && !p.revoked && p.role === 'participant' && p.sector);
  for (const id of [voter, ...others.map((p) => p.id)]) room.must(id, { type: 'answerConsensus', checkId, level: 5 });
  room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId });
}

/**
 * A room in the sign-off step that passes the freeze gate: every required section agreed
 * (BIAYA decided not applicable by the room instead, as the demo's free service), and the three signatories.
 */
export function readyToFreeze(skip: readonly string[] = []) {
  const room = new Room();
  const s1 = room.join('S1', 'government');
  const s9 = room.join('S9', 'civil_society');
  const s7 = room.join('S7', 'civil_society');
  room.goTo('consensus_check');
  for (const code of requiredSectionCodes()) if (code !== 'BIAYA' && !skip.includes(code)) agreeClause(room, s9, code);
  markNotApplicableByRoom(room, s9, 'BIAYA', 'Tidak dipungut biaya (UU 24/2013 Pasal 79A)');
  room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s1, capacity: 'pihak_pertama' });
  room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s9, capacity: 'pihak_kedua', mandate: USERS_MANDATE });
  room.must(FACILITATOR, { type: 'enrollSignatory', participantId: s7, capacity: 'saksi' });
  room.goTo('sign_off');
  return { room, s1, s9, s7 };
}
