/**
 * `applyEvent(state, event)`: folds one accepted event into a new state (the input is not
 * mutated). It trusts the event: the rules ran in `decide`, and replaying an old log must
 * reproduce the state even if the rules have since changed.
 */
import type { Clause } from '../charter/clauses';
import { isAgreedStatus } from '../charter/clauses';
import { withDot } from '../rules/dotVote';
import type { VoteRound } from '../rules/dotVote';
import { freshClock } from '../rules/stepClock';
import type { WorkshopState } from '../state/workshopState';
import type { DomainEvent, EventOf, EventType } from './events';

type Reducer<K extends EventType> = (state: WorkshopState, event: EventOf<K>) => WorkshopState;

function patchClause(state: WorkshopState, id: string, patch: (c: Clause) => Clause): WorkshopState {
  const clause = state.clauses[id];
  return clause ? { ...state, clauses: { ...state.clauses, [id]: patch(clause) } } : state;
}

function patchRound(state: WorkshopState, id: string, patch: (r: VoteRound) => VoteRound): WorkshopState {
  const round = state.voteRounds[id];
  return round ? { ...state, voteRounds: { ...state.voteRounds, [id]: patch(round) } } : state;
}

function patchParticipant(state: WorkshopState, id: string, patch: Partial<WorkshopState['participants'][string]>): WorkshopState {
  const person = state.participants[id];
  return person ? { ...state, participants: { ...state.participants, [id]: { ...person, ...patch } } } : state;
}

const REDUCERS: { [K in EventType]: Reducer<K> } = {
  participantJoined: (s, { data }) => ({ ...s, participants: { ...s.participants, [data.participant.id]: data.participant } }),
  agendaSet: (s, { data }) => ({ ...s, agenda: data.steps }),
  // One console press = one event: the step moves, its timer starts, the board follows it.
  agendaStepSet: (s, { data, ts }) => ({
    ...s,
    currentStepId: data.stepId,
    stepClock: data.stepId === null ? null : freshClock(data.stepId, Date.parse(ts)),
    boardFocus: null,
  }),
  stepClockSet: (s, { data }) => ({ ...s, stepClock: data.clock }),
  boardFocusSet: (s, { data }) => ({ ...s, boardFocus: data.focus }),
  roleSet: (s, { data }) => patchParticipant(s, data.participantId, { role: data.role }),
  participantRevoked: (s, { data }) => patchParticipant(s, data.participantId, { revoked: true }),
  stakeholderAdded: (s, { data }) => ({ ...s, stakeholders: { ...s.stakeholders, [data.stakeholder.id]: data.stakeholder } }),
  userGroupAdded: (s, { data }) => ({ ...s, userGroups: { ...s.userGroups, [data.userGroup.id]: data.userGroup } }),
  clauseProposed: (s, { data }) => ({ ...s, clauses: { ...s.clauses, [data.clause.id]: data.clause } }),
  clauseAmended: (s, { data }) =>
    patchClause(s, data.clauseId, (c) => ({
      ...c,
      currentVersionId: data.version.id,
      versions: { ...c.versions, [data.version.id]: data.version },
      ...(data.usersAsk ? { usersAsk: data.usersAsk } : {}),
      ...(data.providerBaseline ? { providerBaseline: data.providerBaseline } : {}),
    })),
  clauseStatusSet: (s, { data }) =>
    patchClause(s, data.clauseId, ({ agreedByCheckId: _previous, ...c }) => ({
      ...c,
      status: data.to,
      ...(isAgreedStatus(data.to) && data.checkId ? { agreedByCheckId: data.checkId } : {}),
    })),
  sectionMarkedNotApplicable: (s, { data }) => ({ ...s, notApplicable: { ...s.notApplicable, [data.sectionCode]: data.mark } }),
  sectionNotApplicableCleared: (s, { data }) => {
    const { [data.sectionCode]: _cleared, ...rest } = s.notApplicable;
    return { ...s, notApplicable: rest };
  },
  voteRoundConfigured: (s, { data }) => ({ ...s, voteRounds: { ...s.voteRounds, [data.round.id]: data.round } }),
  voteRoundOpened: (s, { data, ts }) => patchRound(s, data.roundId, (r) => ({ ...r, status: 'open', openedAt: ts })),
  dotCast: (s, { data }) => patchRound(s, data.roundId, (r) => withDot(r, data.participantId, data.optionId, 1)),
  dotRemoved: (s, { data }) => patchRound(s, data.roundId, (r) => withDot(r, data.participantId, data.optionId, -1)),
  voteRoundClosed: (s, { data, ts }) => patchRound(s, data.roundId, (r) => ({ ...r, status: 'closed', closedAt: ts })),
  voteRoundRevealed: (s, { data, ts }) => patchRound(s, data.roundId, (r) => ({ ...r, status: 'revealed', revealedAt: ts })),
  consensusCheckStarted: (s, { data }) => ({ ...s, consensusChecks: { ...s.consensusChecks, [data.check.id]: data.check } }),
  consensusAnswered: (s, { data }) => {
    const check = s.consensusChecks[data.checkId];
    if (!check) return s;
    const answers = { ...check.answers, [data.answer.participantId]: data.answer };
    return { ...s, consensusChecks: { ...s.consensusChecks, [check.id]: { ...check, answers } } };
  },
  consensusOutcomeRecorded: (s, { data }) => {
    const check = s.consensusChecks[data.checkId];
    if (!check) return s;
    return { ...s, consensusChecks: { ...s.consensusChecks, [check.id]: { ...check, status: 'recorded', record: data.record } } };
  },
  signatoryEnrolled: (s, { data }) => ({ ...s, signatories: [...s.signatories, data.signatory] }),
  charterFrozen: (s, { data }) => ({
    ...s,
    freeze: { ...data.freeze, ...(data.charterSha256 ? { charterSha256: data.charterSha256 } : {}) },
    charterVersion: data.freeze.charterVersion,
  }),
  signingKeyRegistered: (s, { data }) => ({ ...s, signingKeys: { ...s.signingKeys, [data.key.participantId]: data.key } }),
  charterSigned: (s, { data }) => ({ ...s, charterSignatures: [...s.charterSignatures, data.signature] }),
  charterReopened: (s) => ({ ...s, freeze: null }),
};

/** True for the types this build can apply; an own-property check, so `__proto__` is no type. */
export function isEventType(type: string): type is EventType {
  return Object.hasOwn(REDUCERS, type);
}

export function applyEvent(state: WorkshopState, event: DomainEvent): WorkshopState {
  const reducer = REDUCERS[event.type] as Reducer<typeof event.type>;
  return reducer(state, event);
}

/** Folds a whole log, e.g. to rebuild state from storage. */
export function replay(initial: WorkshopState, events: readonly DomainEvent[]): WorkshopState {
  return events.reduce(applyEvent, initial);
}
