/**
 * `applyEvent(state, event)`: folds one accepted event into a new state (the input is not
 * mutated). It trusts the event: the rules ran in `decide`, and replaying an old log must
 * reproduce the state even if the rules have since changed.
 */
import type { Clause, ProposedClause } from '../schema/clauses';
import { isAgreedStatus } from '../schema/clauses';
import { withDot, withPaperDots, withPaperVoters } from '../rules/dotVote';
import type { VoteRound } from '../rules/dotVote';
import { freshClock } from '../rules/stepClock';
import type { ConsensusCheck } from '../rules/consensus';
import type { Signatory, SignatoryCapacity } from '../rules/signatories';
import type { Participant } from '../schema/participants';
import type { ComplaintThemeId } from '../schema/complaints';
import { copyRecord, entryOf, recordFrom, withEntry, withoutEntry } from '../schema/records';
import type { WorkshopState } from '../state/workshopState';
import type { DomainEvent, EventOf, EventType } from './events';

type Reducer<K extends EventType> = (state: WorkshopState, event: EventOf<K>) => WorkshopState;

/*
 * Events arrive from JSON (the stored log, another node), so the records inside them are
 * ordinary objects: every record that enters the state is copied into a null-prototype one,
 * and every lookup is an own-property lookup (design.md §Architecture 9).
 */
/**
 * The n-th proposal is clause number n: clauses are never removed, so the count of clauses so
 * far never goes down and a number is never given twice. A `number` in the event is ignored.
 */
const numbered = (s: WorkshopState, { number: _ignored, ...clause }: ProposedClause & { number?: unknown }): Clause => ({
  ...clause,
  number: Object.keys(s.clauses).length + 1,
  versions: copyRecord(clause.versions),
});
const withDots = (round: VoteRound): VoteRound => ({
  ...round,
  dots: recordFrom(Object.entries(round.dots ?? {}).map(([voter, perOption]) => [voter, copyRecord(perOption)])),
});
const withAnswers = (check: ConsensusCheck): ConsensusCheck => ({ ...check, answers: copyRecord(check.answers) });

function patchClause(state: WorkshopState, id: string, patch: (c: Clause) => Clause): WorkshopState {
  const clause = entryOf(state.clauses, id);
  return clause ? { ...state, clauses: withEntry(state.clauses, id, patch(clause)) } : state;
}

function patchRound(state: WorkshopState, id: string, patch: (r: VoteRound) => VoteRound): WorkshopState {
  const round = entryOf(state.voteRounds, id);
  return round ? { ...state, voteRounds: withEntry(state.voteRounds, id, patch(round)) } : state;
}

function patchCheck(state: WorkshopState, id: string, patch: (c: ConsensusCheck) => ConsensusCheck): WorkshopState {
  const check = entryOf(state.consensusChecks, id);
  return check ? { ...state, consensusChecks: withEntry(state.consensusChecks, id, patch(check)) } : state;
}

function patchParticipant(state: WorkshopState, id: string, patch: Partial<Participant>): WorkshopState {
  const person = entryOf(state.participants, id);
  return person ? { ...state, participants: withEntry(state.participants, id, { ...person, ...patch }) } : state;
}

/** A mandate belongs to the users' representative, a partner to a third party: neither moves with the person. */
function movedSignatory({ mandate, partnerId, ...signatory }: Signatory, to: SignatoryCapacity): Signatory {
  return { ...signatory, capacity: to, ...(mandate && to === 'pihak_kedua' ? { mandate } : {}), ...(partnerId && to === 'pihak_ketiga' ? { partnerId } : {}) };
}

const REDUCERS: { [K in EventType]: Reducer<K> } = {
  participantJoined: (s, { data }) => ({ ...s, participants: withEntry(s.participants, data.participant.id, data.participant) }),
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
  boardOptionsSet: (s, { data }) => ({ ...s, boardOptions: { consensusBySector: data.options.consensusBySector } }),
  roleSet: (s, { data }) => patchParticipant(s, data.participantId, { role: data.role }),
  participantRevoked: (s, { data }) => patchParticipant(s, data.participantId, { revoked: true }),
  rejoinAllowed: (s, { data }) => patchParticipant(s, data.participantId, { rejoinAllowed: true }),
  stakeholderAdded: (s, { data }) => ({ ...s, stakeholders: withEntry(s.stakeholders, data.stakeholder.id, data.stakeholder) }),
  userGroupAdded: (s, { data }) => ({ ...s, userGroups: withEntry(s.userGroups, data.userGroup.id, data.userGroup) }),
  surveyRecorded: (s, { data }) => ({ ...s, survey: { ...data.survey, averages: [...data.survey.averages] } }),
  clauseProposed: (s, { data }) => ({ ...s, clauses: withEntry(s.clauses, data.clause.id, numbered(s, data.clause)) }),
  clauseAmended: (s, { data }) =>
    patchClause(s, data.clauseId, (c) => ({
      ...c,
      currentVersionId: data.version.id,
      versions: withEntry(c.versions, data.version.id, data.version),
      ...(data.usersAsk ? { usersAsk: data.usersAsk } : {}),
      ...(data.providerBaseline ? { providerBaseline: data.providerBaseline } : {}),
      ...(data.usersAskText ? { usersAskText: data.usersAskText } : {}),
    })),
  clauseStatusSet: (s, { data }) =>
    patchClause(s, data.clauseId, ({ agreedByCheckId: _previous, ...c }) => ({
      ...c,
      status: data.to,
      ...(isAgreedStatus(data.to) && data.checkId ? { agreedByCheckId: data.checkId } : {}),
    })),
  sectionMarkedNotApplicable: (s, { data }) => ({ ...s, notApplicable: withEntry(s.notApplicable, data.sectionCode, data.mark) }),
  sectionNotApplicableCleared: (s, { data }) => ({ ...s, notApplicable: withoutEntry(s.notApplicable, data.sectionCode) }),
  voteRoundConfigured: (s, { data }) => ({ ...s, voteRounds: withEntry(s.voteRounds, data.round.id, withDots(data.round)) }),
  voteRoundOpened: (s, { data, ts }) => patchRound(s, data.roundId, (r) => ({ ...r, status: 'open', openedAt: ts })),
  dotCast: (s, { data }) => patchRound(s, data.roundId, (r) => withDot(r, data.participantId, data.optionId, 1)),
  dotRemoved: (s, { data }) => patchRound(s, data.roundId, (r) => withDot(r, data.participantId, data.optionId, -1)),
  paperVotersDeclared: (s, { data }) => patchRound(s, data.roundId, (r) => withPaperVoters(r, data.sector, data.voters)),
  paperDotsEntered: (s, { data, actor, ts }) =>
    patchRound(s, data.roundId, (r) => withPaperDots(r, data.sector, data.optionId, { dots: data.dots, enteredBy: actor.participantId, at: ts })),
  voteRoundClosed: (s, { data, ts }) => patchRound(s, data.roundId, (r) => ({ ...r, status: 'closed', closedAt: ts })),
  voteRoundRevealed: (s, { data, ts }) => patchRound(s, data.roundId, (r) => ({ ...r, status: 'revealed', revealedAt: ts })),
  consensusCheckStarted: (s, { data }) => ({ ...s, consensusChecks: withEntry(s.consensusChecks, data.check.id, withAnswers(data.check)) }),
  consensusAnswered: (s, { data }) =>
    patchCheck(s, data.checkId, (c) => ({ ...c, answers: withEntry(c.answers, data.answer.participantId, data.answer) })),
  paperCardsEntered: (s, { data, actor, ts }) =>
    patchCheck(s, data.checkId, (c) => ({
      ...c,
      paper: { ...c.paper, [data.sector]: { participants: data.participants, counts: data.counts, enteredBy: actor.participantId, at: ts } },
    })),
  consensusOutcomeRecorded: (s, { data }) => {
    const recorded = patchCheck(s, data.checkId, (c) => ({ ...c, status: 'recorded', record: data.record }));
    const marked = data.notApplicable;
    return marked ? { ...recorded, notApplicable: withEntry(recorded.notApplicable, marked.sectionCode, marked.mark) } : recorded;
  },
  signatoryEnrolled: (s, { data }) => ({ ...s, signatories: [...s.signatories, data.signatory] }),
  signatoryWithdrawn: (s, { data }) => ({
    ...s,
    signatories: s.signatories.filter((x) => !(x.participantId === data.participantId && x.capacity === data.capacity)),
  }),
  signatoryCapacityChanged: (s, { data }) => ({
    ...s,
    signatories: s.signatories.map((x) => (x.participantId === data.participantId && x.capacity === data.from ? movedSignatory(x, data.to) : x)),
  }),
  signatoryMandateSet: (s, { data }) => ({
    ...s,
    signatories: s.signatories.map((x) => (x.participantId === data.participantId && x.capacity === data.capacity ? { ...x, mandate: data.mandate } : x)),
  }),
  charterFrozen: (s, { data }) => ({
    ...s,
    freeze: { ...data.freeze, ...(data.charterSha256 ? { charterSha256: data.charterSha256 } : {}) },
    charterVersion: data.freeze.charterVersion,
  }),
  signingKeyRegistered: (s, { data }) => ({ ...s, signingKeys: withEntry(s.signingKeys, data.key.participantId, data.key) }),
  charterSigned: (s, { data }) => ({ ...s, charterSignatures: [...s.charterSignatures, data.signature] }),
  wetInkSignatureRecorded: (s, { data }) => ({ ...s, wetInkSignatures: [...s.wetInkSignatures, data.signature] }),
  charterReopened: (s) => ({ ...s, freeze: null }),
  complaintsRecorded: (s, { data }) => ({
    ...s,
    complaints: recordFrom([...Object.entries(s.complaints ?? {}), ...data.complaints.map((c) => [c.id, { ...c, importId: data.importId }] as const)]),
    ...(data.source.kind === 'file' ? { complaintMapping: data.source.mapping } : {}),
  }),
  complaintThemeDefined: (s, { data }) => ({
    ...withComplaintsIn({ ...s, complaintThemes: withEntry(s.complaintThemes ?? {}, data.theme.id, data.theme) }, data.theme.id, data.complaintIds),
  }),
  complaintsAssigned: (s, { data }) => withComplaintsIn(s, data.themeId, data.complaintIds),
  clauseComplaintThemesSet: (s, { data }) => patchClause(s, data.clauseId, ({ complaintThemeIds: _previous, ...c }) => ({ ...c, ...(data.themeIds.length > 0 ? { complaintThemeIds: data.themeIds } : {}) })),
};

function withComplaintsIn(state: WorkshopState, themeId: string | null, ids: readonly string[]): WorkshopState {
  // One copy for the whole list (a theme may take hundreds of complaints at once).
  const complaints = copyRecord(state.complaints);
  for (const id of ids) {
    const c = entryOf(complaints, id);
    if (!c) continue;
    const { themeId: _previous, ...rest } = c;
    Object.assign(complaints, recordFrom([[id, themeId === null ? rest : { ...rest, themeId: themeId as ComplaintThemeId }]]));
  }
  return { ...state, complaints };
}

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
