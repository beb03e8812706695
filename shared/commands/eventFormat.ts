/**
 * Versions of the stored event format, and the upcasters that read every older format as the
 * current one (design.md decision 10).
 *
 * A format is a set of event shapes. Stored entries carry no version of their own: the hashed
 * body is fixed (`eventChain.ts`) and the events table has no column for one. So an entry is
 * read as the oldest format its shape belongs to (`eventFormatOf`), and every upcaster must
 * accept any entry of its source format. That is sound for the formats so far because each one
 * only added shapes: the demo log written by the format-1 code (commit 6a3d21b) and by today's
 * code are byte-for-byte the same.
 *
 *   1  the first stored format (commit 117fdce).
 *   2  charter signing (commit 8ff91a7): `signingKeyRegistered`, `charterSigned`, and the
 *      server-set `charterFrozen.data.charterSha256`.
 *   3  the agenda clock and the board focus became decisions (issue 13): `stepClockSet`,
 *      `boardFocusSet`. `agendaStepSet` keeps its shape; folding it now also starts the new
 *      step's clock at the event's time, which is as true of old entries as of new ones.
 *   4  the board's options (issue 14): `boardOptionsSet`.
 *   5  no dead ends (issue 14): `signatoryWithdrawn`, `signatoryCapacityChanged`,
 *      `rejoinAllowed`, and `participantJoined.data.participant.deviceHash` (set by the server).
 *      `clauseProposed` keeps its shape: the fold numbers clauses (`Clause.number`) in the order
 *      they were proposed, which numbers the clauses of old logs the same way.
 *   6  issue 15: clauses name the user groups they concern (`clauseProposed` and
 *      `clauseAmended` versions may carry `userGroupIds`; none named reads as "for every user
 *      group"); parties and mandates: `signatoryMandateSet`; `signatoryEnrolled.data.signatory`
 *      may carry `mandate` (pihak kedua) and `partnerId` (the new capacity pihak ketiga); clause
 *      versions may name a partner (`obligatedParty: 'partner'`, `partnerId`) and, in
 *      SANKSI_KOMPENSASI, whose failure they answer (`answersFailureOf`). Old enrolments read as
 *      enrolments without a mandate: the gate asks for one before the next freeze, and versions
 *      frozen before stay as they were (their charter document has no mandate field).
 *      The capacity side: a version may rest on a condition clause (`conditionClauseId` in
 *      `clauseProposed.data.clause.versions[*]` and `clauseAmended.data.version`), and a clause
 *      may state users' ask in words (`clauseProposed.data.clause.usersAskText`,
 *      `clauseAmended.data.usersAskText`).
 *      "Not applicable" is the room's decision: `startNotApplicableCheck` writes a
 *      `consensusCheckStarted` whose check has a `subject` (the section's question) instead of
 *      a clause version, and `consensusOutcomeRecorded.data.notApplicable` marks the section
 *      when the outcome allows it (the mark names the check: `mark.checkId`). Old
 *      `sectionMarkedNotApplicable` events keep their shape and fold as before; the freeze gate
 *      no longer counts such a facilitator-only mark for a required section.
 *      Per-sector consent: `consensusCheckStarted.data.check.sectors` (each sector's eligible
 *      members at the start and the sector quorum) and, in recorded results, `sectors` and
 *      `blockedByUsers`. Older checks read with `sectors: null`: counted per person, as they
 *      were when they ran.
 *   7  issue 17, paper in the same tally: `paperVotersDeclared` and `paperDotsEntered` (a dot-vote
 *      round's paper participants and counted stickers per option and sector; the fold keeps
 *      them in `VoteRound.paper`), `paperCardsEntered` (a consensus check's paper cards per
 *      sector: `ConsensusCheck.paper`), and, in recorded results, `paper` (the paper share) and
 *      `paperMembers`/`paperAnswers` in a sector's result. Older rounds and checks have no paper.
 *      Issue 16: a signatory's NIP (`signingKeyRegistered.data.key.nip`, copied into
 *      `charterSigned.data.signature.nip`); a key or signature without one reads as before.
 *      Issue 17: the satisfaction survey (SKM) as evidence: `surveyRecorded` (the nine element
 *      averages and where they came from), and the board's focus may be the survey
 *      (`boardFocusSet.data.focus.kind === 'survey'`).
 *      Issue 17, complaints as evidence: `complaintsRecorded` (one import, or one typed-in
 *      complaint, in one event; a file's column mapping rides in `source.mapping`),
 *      `complaintThemeDefined`, `complaintsAssigned`, `clauseComplaintThemesSet`, and the board
 *      focus `{kind: 'complaints'}` in `boardFocusSet`.
 *      Issue 16, signing on paper: `wetInkSignatureRecorded` (a facilitator records that an
 *      enrolled signatory signed the printed naskah in wet ink, with the scan's SHA-256 if any).
 *
 * To add format 3: bump EVENT_FORMAT_VERSION, append an upcaster `{ from: 2, to: 3 }`, add a
 * fixture `tests/fixtures/events.v3.json`. If format 3 changes an existing shape in a way the
 * shape itself cannot reveal, record the format beside each new entry (a storage column, outside
 * the hash) and pass it as `format`. Upcasting runs after `verifyChain` and never touches what
 * is hashed: it builds new event objects and leaves the stored entry as it was.
 */
import type { Actor } from '../schema/participants';
import { isEventType } from './applyEvent';
import type { DomainEvent } from './events';

export const EVENT_FORMAT_VERSION = 7;

/** An entry as read from the log: the fields that become the event, and its format if recorded. */
export interface StoredEventShape {
  type: string;
  data: unknown;
  actor: Actor;
  ts: string;
  /** The format the writer recorded, when it did (no writer records one yet). */
  format?: number;
}

/** The event an upcaster reads and returns; `type` may name an event of an older format. */
export interface UpcastEvent {
  type: string;
  data: unknown;
  actor: Actor;
  ts: string;
}

export interface EventUpcaster {
  from: number;
  to: number;
  /** Must return new objects for anything it changes: the input is the stored, hashed entry. */
  up: (event: UpcastEvent) => UpcastEvent;
}

export const EVENT_UPCASTERS: readonly EventUpcaster[] = [
  // Format 2 only added event types and an optional field: every format-1 event reads as is.
  { from: 1, to: 2, up: (event) => event },
  // Format 3 only added event types.
  { from: 2, to: 3, up: (event) => event },
  // Format 4 only added an event type.
  { from: 3, to: 4, up: (event) => event },
  // Format 5 only added event types and an optional field.
  { from: 4, to: 5, up: (event) => event },
  // Format 6 added event types and optional fields; what an absent field means (no user groups
  // named, no mandate, no partner, no condition, no ask in words, a check about a clause, a mark
  // without a check) is what every format-5 event meant. One exception: an older check has no
  // per-sector rule, which it says explicitly (`sectors: null`, counted per person).
  { from: 5, to: 6, up: (event) => (event.type === 'consensusCheckStarted' ? withoutSectorRule(event) : event) },
  // Format 7 added the paper, survey, complaint and wet-ink events, two board focus kinds and
  // optional fields (paper shares, a signer's NIP): without them nobody voted on paper, recorded
  // evidence, signed on paper or gave a NIP, and every format-6 event reads as is.
  { from: 6, to: 7, up: (event) => event },
];

function withoutSectorRule(event: UpcastEvent): UpcastEvent {
  const check = checkOf(event.data);
  if (typeof check !== 'object' || check === null || Object.hasOwn(check, 'sectors')) return event;
  return { ...event, data: { ...(event.data as object), check: { ...check, sectors: null } } };
}

function resultOf(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'record')) return undefined;
  const record = (data as { record: unknown }).record;
  return typeof record === 'object' && record !== null && Object.hasOwn(record, 'result') ? (record as { result: unknown }).result : undefined;
}

function checkOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, 'check') ? (data as { check: unknown }).check : undefined;
}

/** Event types by the format that introduced them; types not listed are format 1. */
const INTRODUCED_IN: ReadonlyMap<string, number> = new Map([
  ['signingKeyRegistered', 2],
  ['charterSigned', 2],
  ['stepClockSet', 3],
  ['boardFocusSet', 3],
  ['boardOptionsSet', 4],
  ['signatoryWithdrawn', 5],
  ['signatoryCapacityChanged', 5],
  ['rejoinAllowed', 5],
  ['signatoryMandateSet', 6],
  ['paperVotersDeclared', 7],
  ['paperDotsEntered', 7],
  ['paperCardsEntered', 7],
  ['surveyRecorded', 7],
  ['complaintsRecorded', 7],
  ['complaintThemeDefined', 7],
  ['complaintsAssigned', 7],
  ['clauseComplaintThemesSet', 7],
  ['wetInkSignatureRecorded', 7],
]);

/** The oldest format an entry's shape belongs to, or the format its writer recorded. */
export function eventFormatOf(entry: StoredEventShape): number {
  if (entry.format !== undefined) return entry.format;
  // Fields added to types of an older format come first: the type alone would name the older one.
  if (entry.type === 'signingKeyRegistered' && hasField(fieldOf(entry.data, 'key'), 'nip')) return 7;
  if (entry.type === 'charterSigned' && hasField(fieldOf(entry.data, 'signature'), 'nip')) return 7;
  if (entry.type === 'boardFocusSet' && fieldOf(fieldOf(entry.data, 'focus'), 'kind') === 'survey') return 7;
  if (entry.type === 'boardFocusSet' && fieldOf(fieldOf(entry.data, 'focus'), 'kind') === 'complaints') return 7;
  const introduced = INTRODUCED_IN.get(entry.type);
  if (introduced !== undefined) return introduced;
  if (entry.type === 'charterFrozen' && hasField(entry.data, 'charterSha256')) return 2;
  if (entry.type === 'participantJoined' && hasField(participantOf(entry.data), 'deviceHash')) return 5;
  if (entry.type === 'signatoryEnrolled' && namesParty(fieldOf(entry.data, 'signatory'))) return 6;
  if ((entry.type === 'clauseProposed' || entry.type === 'clauseAmended') && clauseVersionsOf(entry.data).some(isFormat6Version)) return 6;
  if (entry.type === 'clauseAmended' && hasField(entry.data, 'usersAskText')) return 6;
  if (entry.type === 'clauseProposed' && hasField(fieldOf(entry.data, 'clause'), 'usersAskText')) return 6;
  if (entry.type === 'consensusCheckStarted' && hasField(checkOf(entry.data), 'subject')) return 6;
  if (entry.type === 'consensusOutcomeRecorded' && hasField(entry.data, 'notApplicable')) return 6;
  if (entry.type === 'consensusCheckStarted' && hasField(checkOf(entry.data), 'sectors')) return 6;
  if (entry.type === 'consensusOutcomeRecorded' && hasField(resultOf(entry.data), 'paper')) return 7;
  if (entry.type === 'consensusOutcomeRecorded' && hasField(resultOf(entry.data), 'sectors')) return 6;
  return 1;
}

function fieldOf(data: unknown, field: string): unknown {
  return hasField(data, field) ? (data as Record<string, unknown>)[field] : undefined;
}

/** A format-6 field: a mandate, a partner, a failing side, or the obligated party `partner`. */
function namesParty(data: unknown): boolean {
  return hasField(data, 'mandate') || hasField(data, 'partnerId') || hasField(data, 'answersFailureOf') || fieldOf(data, 'obligatedParty') === 'partner';
}

/** A clause version with a field format 6 added: user groups, a partner, a failing side, a condition. */
function isFormat6Version(version: unknown): boolean {
  return hasField(version, 'userGroupIds') || hasField(version, 'conditionClauseId') || namesParty(version);
}

/** The versions an event carries: a proposal's one version, or an amendment's. */
function clauseVersionsOf(data: unknown): unknown[] {
  const version = fieldOf(data, 'version');
  if (version !== undefined) return [version];
  const versions = fieldOf(fieldOf(data, 'clause'), 'versions');
  return typeof versions === 'object' && versions !== null ? Object.values(versions) : [];
}

function participantOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, 'participant') ? (data as { participant: unknown }).participant : undefined;
}

function hasField(data: unknown, field: string): boolean {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, field);
}

export type UpcastResult =
  | { ok: true; event: DomainEvent; from: number }
  | { ok: false; code: 'format_newer' | 'format_invalid' | 'no_upcaster' | 'unknown_type'; message: string };

/** Reads one stored entry as an event of the current format. */
export function upcastEntry(
  entry: StoredEventShape,
  upcasters: readonly EventUpcaster[] = EVENT_UPCASTERS,
  target: number = EVENT_FORMAT_VERSION,
  known: (type: string) => boolean = isEventType,
): UpcastResult {
  const from = eventFormatOf(entry);
  if (!Number.isSafeInteger(from) || from < 1) return { ok: false, code: 'format_invalid', message: `event format ${String(from)} is not a version` };
  if (from > target) return { ok: false, code: 'format_newer', message: `event format ${from} is newer than this server's (${target})` };
  let event: UpcastEvent = { type: entry.type, data: entry.data, actor: entry.actor, ts: entry.ts };
  for (let version = from; version < target; version++) {
    const step = upcasters.find((u) => u.from === version);
    if (!step || step.to !== version + 1) return { ok: false, code: 'no_upcaster', message: `no upcaster from event format ${version}` };
    event = step.up(event);
  }
  if (!known(event.type)) return { ok: false, code: 'unknown_type', message: `unknown event type ${JSON.stringify(event.type)}` };
  return { ok: true, event: event as DomainEvent, from };
}
