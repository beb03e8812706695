/**
 * Events: facts that `decide` produced from an accepted command and that `applyEvent` folds
 * into state. Each event carries everything the reducer needs, so replaying the log never has
 * to consult the rules (which may change between versions) again.
 */
import type { ClauseStatus, ClauseVersion, Measure, ProposedClause } from '../schema/clauses';
import type { SectionCode } from '../schema/sections';
import type { ConsensusAnswer, ConsensusCheck, ConsensusRecord, PaperCardCount } from '../rules/consensus';
import type { VoteRound } from '../rules/dotVote';
import type { CharterSignature, Mandate, Signatory, SignatoryCapacity, SigningKey, WetInkSignature } from '../rules/signatories';
import type { StepClock } from '../rules/stepClock';
import type { AgendaStep } from '../schema/agenda';
import type { BoardFocus, BoardOptions } from '../schema/boardFocus';
import type { Complaint, ComplaintId, ComplaintImportId, ComplaintSource, ComplaintTheme, ComplaintThemeId } from '../schema/complaints';
import type { AgendaStepId, ClauseId, ClauseVersionId, ConsensusCheckId, ParticipantId, VoteOptionId, VoteRoundId } from '../schema/ids';
import type { Actor, Participant, Role } from '../schema/participants';
import type { StakeholderCard } from '../schema/stakeholderCard';
import type { Sector } from '../schema/stakeholders';
import type { SurveyRecord } from '../schema/surveyElements';
import type { UserGroup } from '../schema/userGroups';
import type { FreezeRecord, NotApplicableMark } from '../state/workshopState';

type RoundRef = { roundId: VoteRoundId };
type DotRef = RoundRef & { optionId: VoteOptionId; participantId: ParticipantId };

export interface EventDataMap {
  participantJoined: { participant: Participant };
  agendaSet: { steps: AgendaStep[] };
  /** Also starts the new step's clock at the event's `ts` and returns the board to the step. */
  agendaStepSet: { stepId: AgendaStepId | null };
  /** The whole clock after the change: replay never recomputes it. */
  stepClockSet: { clock: StepClock };
  boardFocusSet: { focus: BoardFocus | null };
  boardOptionsSet: { options: BoardOptions };
  roleSet: { participantId: ParticipantId; role: Role; previousRole: Role };
  participantRevoked: { participantId: ParticipantId; reason?: string };
  rejoinAllowed: { participantId: ParticipantId };
  stakeholderAdded: { stakeholder: StakeholderCard };
  userGroupAdded: { userGroup: UserGroup };
  /** The survey result the room works from (format 7); a later one replaces it. */
  surveyRecorded: { survey: SurveyRecord };
  /** The fold numbers the clause (`Clause.number`): the event never carries a number. */
  clauseProposed: { clause: ProposedClause };
  clauseAmended: { clauseId: ClauseId; version: ClauseVersion; usersAsk?: Measure; providerBaseline?: Measure; usersAskText?: string };
  clauseStatusSet: { clauseId: ClauseId; from: ClauseStatus; to: ClauseStatus; checkId?: ConsensusCheckId };
  sectionMarkedNotApplicable: { sectionCode: SectionCode; mark: NotApplicableMark };
  sectionNotApplicableCleared: { sectionCode: SectionCode };
  voteRoundConfigured: { round: VoteRound };
  voteRoundOpened: RoundRef;
  dotCast: DotRef;
  dotRemoved: DotRef;
  /** Format 7: paper participants of a sector (the event's actor is the facilitator who declared them). */
  paperVotersDeclared: RoundRef & { sector: Sector; voters: number };
  /** Format 7: counted stickers for one option and sector; replaces the previous count. */
  paperDotsEntered: RoundRef & { optionId: VoteOptionId; sector: Sector; dots: number };
  voteRoundClosed: RoundRef;
  voteRoundRevealed: RoundRef;
  consensusCheckStarted: { check: ConsensusCheck };
  consensusAnswered: { checkId: ConsensusCheckId; answer: ConsensusAnswer };
  /** Format 7: one sector's paper cards (each count carries its level's kind); replaces the previous entry. */
  paperCardsEntered: { checkId: ConsensusCheckId; sector: Sector; participants: number; counts: PaperCardCount[] };
  /**
   * `notApplicable` (format 6): the outcome of a section's not-applicable check allowed it, so
   * the section is marked with this mark at once.
   */
  consensusOutcomeRecorded: { checkId: ConsensusCheckId; record: ConsensusRecord; notApplicable?: { sectionCode: SectionCode; mark: NotApplicableMark } };
  signatoryEnrolled: { signatory: Signatory };
  signatoryWithdrawn: { participantId: ParticipantId; capacity: SignatoryCapacity };
  signatoryCapacityChanged: { participantId: ParticipantId; from: SignatoryCapacity; to: SignatoryCapacity };
  signatoryMandateSet: { participantId: ParticipantId; capacity: SignatoryCapacity; mandate: Mandate };
  /**
   * `charterSha256` is added by the server (never by the client) after `decide`: it hashes the
   * canonical charter document of this version, so the hash chain binds the frozen text.
   */
  charterFrozen: { freeze: FreezeRecord; agreedVersionIds: ClauseVersionId[]; charterSha256?: string };
  signingKeyRegistered: { key: SigningKey };
  charterSigned: { signature: CharterSignature };
  /** Format 7: a facilitator recorded a signature in wet ink on the printed naskah. */
  wetInkSignatureRecorded: { signature: WetInkSignature };
  charterReopened: { reason: string; charterVersion: number };
  /**
   * Complaints as evidence (format 7). One import, whole or nothing: every accepted row of a
   * file (or one typed-in complaint) in one event; a file's `source.mapping` is remembered.
   */
  complaintsRecorded: { importId: ComplaintImportId; source: ComplaintSource; complaints: Omit<Complaint, 'importId' | 'themeId'>[] };
  /** A theme named (or renamed), and the complaints put into it. */
  complaintThemeDefined: { theme: ComplaintTheme; complaintIds: ComplaintId[] };
  /** Complaints moved into a theme, or out of any (`themeId: null`). */
  complaintsAssigned: { themeId: ComplaintThemeId | null; complaintIds: ComplaintId[] };
  /** The themes a clause says it answers (the whole list after the change). */
  clauseComplaintThemesSet: { clauseId: ClauseId; themeIds: ComplaintThemeId[] };
}

export type EventType = keyof EventDataMap;

/** An event as produced by `decide`: the server adds `seq` and `prev` when it appends it to the chain. */
export type DomainEvent = {
  [K in EventType]: { type: K; data: EventDataMap[K]; actor: Actor; ts: string };
}[EventType];

export type EventOf<K extends EventType> = Extract<DomainEvent, { type: K }>;
