/**
 * The decisions state of one workshop: everything that changes only through commands.
 * Plain JSON records keyed by id (no Maps, no classes), so it can be persisted, canonicalised,
 * hashed and projected into the server-written Yjs document as it is. Records keyed by ids are
 * null-prototype objects built and read with `schema/records.ts` (design.md §Architecture 9):
 * an id is data, never a key into `Object.prototype`.
 */
import type { Clause } from '../schema/clauses';
import type { SectionCode } from '../schema/sections';
import type { ConsensusCheck } from '../rules/consensus';
import type { VoteRound } from '../rules/dotVote';
import type { CharterSignature, Signatory, SigningKey, WetInkSignature } from '../rules/signatories';
import type { StepClock } from '../rules/stepClock';
import type { AgendaStep } from '../schema/agenda';
import type { BoardFocus, BoardOptions } from '../schema/boardFocus';
import type { Complaint, ComplaintMapping, ComplaintTheme } from '../schema/complaints';
import { DEFAULT_BOARD_OPTIONS } from '../schema/boardFocus';
import type { AgendaStepId, ConsensusCheckId, ParticipantId, WorkshopId } from '../schema/ids';
import type { Participant } from '../schema/participants';
import type { StakeholderCard } from '../schema/stakeholderCard';
import type { Sector } from '../schema/stakeholders';
import type { BilingualText } from '../schema/text';
import type { UserGroup } from '../schema/userGroups';
import type { SurveyRecord } from '../schema/surveyElements';
import { SCHEMA_VERSION } from '../schema/version';
import { emptyRecord, entryOf, withEntry } from '../schema/records';

export interface NotApplicableMark {
  reason: BilingualText;
  markedBy: ParticipantId;
  markedAt: string;
  /**
   * The room's consensus check whose outcome marked the section (event format 6). Without it the
   * facilitator marked it alone: enough for an optional section, never for a required one.
   */
  checkId?: ConsensusCheckId;
}

export interface FreezeRecord {
  charterVersion: number;
  frozenBy: ParticipantId;
  frozenAt: string;
  /**
   * hex SHA-256 of the canonical charter document of this version. Set by the server when it
   * appends the freeze (decide cannot see the content document); absent only in pure tests.
   */
  charterSha256?: string;
}

export interface WorkshopState {
  schemaVersion: typeof SCHEMA_VERSION;
  workshopId: WorkshopId;
  agenda: AgendaStep[];
  currentStepId: AgendaStepId | null;
  /** The current step's timer (started when the step became current); null without a step. */
  stepClock: StepClock | null;
  /** What the projected board spotlights; null = the current step's view. */
  boardFocus: BoardFocus | null;
  /**
   * How the board shows things (`setBoardOptions`). Optional for readers of a decisions document
   * projected before it existed: read it with `boardOptionsOf`.
   */
  boardOptions?: BoardOptions;
  participants: Record<string, Participant>;
  stakeholders: Record<string, StakeholderCard>;
  userGroups: Record<string, UserGroup>;
  /**
   * The satisfaction survey the room works from (`recordSurvey`, the latest replaces the one
   * before). Optional for readers of a decisions document projected before it existed: read it
   * with `surveyOf`.
   */
  survey?: SurveyRecord | null;
  clauses: Record<string, Clause>;
  notApplicable: Partial<Record<SectionCode, NotApplicableMark>>;
  voteRounds: Record<string, VoteRound>;
  consensusChecks: Record<string, ConsensusCheck>;
  signatories: Signatory[];
  /** Registered signing keys by participant id (public keys only). */
  signingKeys: Record<string, SigningKey>;
  /** Every accepted signature, of every charter version, in the order they were made. */
  charterSignatures: CharterSignature[];
  /** Signatures in wet ink on the printed naskah, as facilitators recorded them (format 7). */
  wetInkSignatures: WetInkSignature[];
  /** Non-null while the charter is frozen. */
  freeze: FreezeRecord | null;
  /** Number of freezes so far; the next freeze produces charter version `charterVersion + 1`. */
  charterVersion: number;
  /**
   * Complaints as evidence (event format 7), by id; optional for readers of a decisions
   * document projected before they existed: read them with `complaintsOf`.
   */
  complaints?: Record<string, Complaint>;
  complaintThemes?: Record<string, ComplaintTheme>;
  /** The column mapping of the last file import, offered again for the next one. */
  complaintMapping?: ComplaintMapping | null;
}

export interface FounderInput {
  participantId: ParticipantId;
  displayName: string;
  sector: Sector | null;
  at: string;
}

/**
 * A new workshop. With `founder`, its creator is already the lead facilitator; without, the
 * server admits the facilitator it issues with a `joinWorkshop` command like everyone else.
 */
export function initialWorkshopState(workshopId: WorkshopId, founder?: FounderInput): WorkshopState {
  return {
    schemaVersion: SCHEMA_VERSION,
    workshopId,
    agenda: [],
    currentStepId: null,
    stepClock: null,
    boardFocus: null,
    boardOptions: DEFAULT_BOARD_OPTIONS,
    participants: founder ? withEntry({}, founder.participantId, founderRecord(founder)) : emptyRecord(),
    stakeholders: emptyRecord(),
    userGroups: emptyRecord(),
    survey: null,
    clauses: emptyRecord(),
    notApplicable: emptyRecord(),
    voteRounds: emptyRecord(),
    consensusChecks: emptyRecord(),
    signatories: [],
    signingKeys: emptyRecord(),
    charterSignatures: [],
    wetInkSignatures: [],
    freeze: null,
    charterVersion: 0,
    complaints: emptyRecord(),
    complaintThemes: emptyRecord(),
    complaintMapping: null,
  };
}

function founderRecord(founder: FounderInput): Participant {
  return { id: founder.participantId, displayName: founder.displayName, role: 'facilitator', sector: founder.sector, revoked: false, joinedAt: founder.at };
}

export function currentStep(state: WorkshopState): AgendaStep | undefined {
  return state.agenda.find((s) => s.id === state.currentStepId);
}

export function activeParticipant(state: WorkshopState, id: ParticipantId): Participant | undefined {
  const p = entryOf(state.participants, id);
  return p && !p.revoked ? p : undefined;
}

export function sectorOf(state: WorkshopState): (id: ParticipantId) => Sector | null {
  return (id) => entryOf(state.participants, id)?.sector ?? null;
}

export function activeSignatories(state: WorkshopState): Signatory[] {
  return state.signatories.filter((s) => activeParticipant(state, s.participantId));
}

/** The board's options, with the defaults for a document projected before they existed. */
export function boardOptionsOf(state: Pick<WorkshopState, 'boardOptions'> | null | undefined): BoardOptions {
  return state?.boardOptions ?? DEFAULT_BOARD_OPTIONS;
}

/** The survey the room works from, or null (also for documents projected before surveys existed). */
export function surveyOf(state: Pick<WorkshopState, 'survey'> | null | undefined): SurveyRecord | null {
  return state?.survey ?? null;
}

/** The complaints and themes, with empty records for a document projected before they existed. */
export function complaintsOf(state: Pick<WorkshopState, 'complaints' | 'complaintThemes' | 'complaintMapping'> | null | undefined): {
  complaints: Record<string, Complaint>;
  themes: Record<string, ComplaintTheme>;
  mapping: ComplaintMapping | null;
} {
  return { complaints: state?.complaints ?? emptyRecord(), themes: state?.complaintThemes ?? emptyRecord(), mapping: state?.complaintMapping ?? null };
}
