/**
 * A small test vocabulary for the domain core: a room you can join people into and issue
 * commands in, with accepted events applied and logged. Pure (no vitest import), so server
 * and client tests may use it too.
 */
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

export const FACILITATOR = asParticipantId('fac');

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
    const p = this.state.participants[id];
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

  join(id: string, sector: Sector, role: Role = 'participant'): ParticipantId {
    const pid = asParticipantId(id);
    const viaLink: Role = role === 'facilitator' || role === 'co_facilitator' ? 'participant' : role;
    const decision = decide(this.state, { participantId: pid, role: viaLink, sector }, { type: 'joinWorkshop', displayName: id, sector }, this.now());
    if (!decision.ok) throw new Error(`join refused: ${decision.code}`);
    this.state = applyEvent(this.state, decision.event);
    this.events.push(decision.event);
    if (viaLink !== role) this.must(FACILITATOR, { type: 'setRole', participantId: pid, role });
    return pid;
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
