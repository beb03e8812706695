/**
 * Commands: the only way decisions change (design.md §Architecture 1). Validated with zod at
 * the edge (`parseCommand`) and then judged by `decide`. New records carry their id in the
 * command (client-generated), so a replayed "create" is refused as a duplicate.
 */
import { z } from 'zod';
import { CLAUSE_STATUSES, commitmentSchema, FAILURE_PARTIES, measureSchema, OBLIGATED_PARTIES } from '../schema/clauses';
import { SECTION_CODES } from '../schema/sections';
import { CONSENSUS_PRESET_IDS } from '../rules/consensusPresets';
import { MAX_DOT_BUDGET, MAX_VOTE_OPTIONS, MIN_VOTE_OPTIONS, VOTE_VISIBILITIES } from '../rules/dotVote';
import { mandateSchema, SIGNATORY_CAPACITIES } from '../rules/signatories';
import { CLOCK_ACTIONS, MAX_CLOCK_EXTEND_MINUTES } from '../rules/stepClock';
import { agendaSchema } from '../schema/agenda';
import { boardFocusSchema, boardOptionsSchema } from '../schema/boardFocus';
import {
  complaintIdSchema,
  complaintImportIdSchema,
  complaintInputSchema,
  complaintSourceSchema,
  complaintThemeIdSchema,
  MAX_COMPLAINTS_PER_IMPORT,
  MAX_THEME_NAME,
} from '../schema/complaints';
import type {
  AgendaStepId,
  ClauseId,
  ClauseVersionId,
  ConsensusCheckId,
  ParticipantId,
  StakeholderId,
  UserGroupId,
  VoteOptionId,
  VoteRoundId,
} from '../schema/ids';
import { idSchema } from '../schema/ids';
import { ROLES } from '../schema/participants';
import { stakeholderCardSchema } from '../schema/stakeholderCard';
import { SECTORS, STAKEHOLDER_CATEGORIES } from '../schema/stakeholders';
import { bilingualTextSchema, reasonSchema } from '../schema/text';
import { userGroupSchema } from '../schema/userGroups';
import { SURVEY_SOURCES, type SurveyId } from '../schema/surveyElements';
import { MAX_SCORE, MIN_SCORE, SURVEY_ELEMENT_COUNT } from '../rules/skm';
import { MAX_SURVEY_ROWS } from '../rules/surveyTable';

/** A civil servant's NIP: 18 digits, spaces allowed as printed ("19700101 199503 1 001"); stored as digits. */
const nipSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{18}$/, 'a NIP has 18 digits'));

const participantId = idSchema<ParticipantId>();
const clauseId = idSchema<ClauseId>();
const versionId = idSchema<ClauseVersionId>();
const roundId = idSchema<VoteRoundId>();
const optionId = idSchema<VoteOptionId>();
const checkId = idSchema<ConsensusCheckId>();

/**
 * Every command, and every object inside one, is a strict object: an unknown field
 * (`"isAdmin": true`) is refused with 422 `invalid_command` naming it, instead of being dropped
 * silently; a client should hear that its request was not understood. Every client-chosen id
 * goes through `idSchema`, which refuses names of `Object.prototype` (design.md §Architecture 9).
 */
/** Most people one sector may declare as taking part on paper in one round or check. */
export const MAX_PAPER_PEOPLE = 500;

const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...shape });

/** Fields shared by a new clause and an amendment: the content of one version. */
const versionContent = {
  text: bilingualTextSchema,
  rationale: reasonSchema,
  obligatedParty: z.enum(OBLIGATED_PARTIES),
  /** The partner's stakeholder card, when the obligated party (or the failing side) is `partner`. */
  partnerId: idSchema<StakeholderId>().optional(),
  /** Only in SANKSI_KOMPENSASI: whose failure the sanction or compensation answers. */
  answersFailureOf: z.enum(FAILURE_PARTIES).optional(),
  legalBasis: z.string().trim().min(1).max(500).optional(),
  commitment: commitmentSchema.optional(),
  /** The user groups the version concerns (none: everyone); each must be a registered group. */
  userGroupIds: z.array(idSchema<UserGroupId>()).max(50).optional(),
  /** Aspiration (users' ask) and capacity (provider's baseline) may be stated or updated with any version. */
  usersAsk: measureSchema.optional(),
  providerBaseline: measureSchema.optional(),
  /** What users asked for in words, beside or instead of a number. */
  usersAskText: z.string().trim().min(1).max(500).optional(),
  /** The condition clause (JUMLAH_PELAKSANA, SARANA, KEWAJIBAN_PENYELENGGARA) this promise rests on. */
  conditionClauseId: clauseId.optional(),
};

const decisionRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('consensus') }),
  z.strictObject({ kind: z.literal('consensus_minus'), maxDissent: z.union([z.literal(1), z.literal(2)]) }),
  z.strictObject({ kind: z.literal('supermajority'), percent: z.number().min(50).max(100) }),
]);

const fallbackSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('defer') }),
  z.strictObject({ kind: z.literal('majority') }),
  z.strictObject({ kind: z.literal('designated_decider'), deciderId: participantId }),
]);

const voteOptionSchema = z.strictObject({ id: optionId, label: bilingualTextSchema, clauseId: clauseId.optional() });

export const commandSchema = z.discriminatedUnion('type', [
  /** Issued by the server for the identity it has just minted (join code, facilitator or board link). */
  cmd('joinWorkshop', {
    displayName: z.string().trim().min(1).max(100),
    sector: z.enum(SECTORS).nullable(),
    category: z.enum(STAKEHOLDER_CATEGORIES).optional(),
    /** Set by the server: SHA-256 (hex) of the device id the joining browser sent. */
    deviceHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  }),
  cmd('setAgenda', { steps: agendaSchema }),
  cmd('setAgendaStep', { stepId: idSchema<AgendaStepId>().nullable() }),
  /** The current step's timer; `stepId` names the step the console showed, so a stale click is refused. */
  cmd('setStepClock', {
    stepId: idSchema<AgendaStepId>(),
    action: z.enum(CLOCK_ACTIONS),
    /** Only with `extend`: minutes to add (or, negative, to take away). */
    minutes: z.number().int().min(-MAX_CLOCK_EXTEND_MINUTES).max(MAX_CLOCK_EXTEND_MINUTES).optional(),
  }),
  /** What the projected board spotlights; null returns it to the current step's view. */
  cmd('setBoardFocus', { focus: boardFocusSchema.nullable() }),
  /** How the board shows things (consensus answers per sector, without names). */
  cmd('setBoardOptions', { options: boardOptionsSchema }),
  cmd('setRole', { participantId, role: z.enum(ROLES) }),
  cmd('revokeParticipant', { participantId, reason: reasonSchema.optional() }),
  /** Lets a revoked person's device join again by code (as a new participant). */
  cmd('allowRejoin', { participantId }),
  cmd('addStakeholder', { stakeholder: stakeholderCardSchema }),
  cmd('addUserGroup', { userGroup: userGroupSchema }),
  /** The survey result (SKM): the nine element averages, typed or read from a file by the server. */
  cmd('recordSurvey', {
    surveyId: idSchema<SurveyId>(),
    source: z.enum(SURVEY_SOURCES),
    label: z.string().trim().min(1).max(200).optional(),
    respondents: z.number().int().min(1).max(MAX_SURVEY_ROWS).optional(),
    refusedRows: z.number().int().min(0).max(MAX_SURVEY_ROWS).optional(),
    averages: z.array(z.number().min(MIN_SCORE).max(MAX_SCORE)).length(SURVEY_ELEMENT_COUNT),
  }),
  cmd('proposeClause', { clauseId, versionId, sectionCode: z.enum(SECTION_CODES), ...versionContent }),
  cmd('amendClause', { clauseId, versionId, parentVersionId: versionId, ...versionContent }),
  cmd('setClauseStatus', { clauseId, status: z.enum(CLAUSE_STATUSES), checkId: checkId.optional() }),
  cmd('markSectionNotApplicable', { sectionCode: z.enum(SECTION_CODES), reason: bilingualTextSchema }),
  cmd('clearSectionNotApplicable', { sectionCode: z.enum(SECTION_CODES) }),
  cmd('configureVoteRound', {
    roundId,
    title: bilingualTextSchema.optional(),
    options: z.array(voteOptionSchema).min(MIN_VOTE_OPTIONS).max(MAX_VOTE_OPTIONS),
    budgetPerPerson: z.number().int().min(1).max(MAX_DOT_BUDGET).optional(),
    capPerOption: z.number().int().min(1).max(MAX_DOT_BUDGET).optional(),
    visibility: z.enum(VOTE_VISIBILITIES).optional(),
  }),
  cmd('openVoteRound', { roundId }),
  cmd('castDot', { roundId, optionId }),
  cmd('removeDot', { roundId, optionId }),
  /** Paper dots (format 7): how many people in `sector` vote on paper; their budget bounds the entries. */
  cmd('declarePaperVoters', { roundId, sector: z.enum(SECTORS), voters: z.number().int().min(0).max(MAX_PAPER_PEOPLE) }),
  /** The stickers counted on `optionId` for `sector`; replaces the previous count (a correction). */
  cmd('enterPaperDots', { roundId, optionId, sector: z.enum(SECTORS), dots: z.number().int().min(0).max(MAX_PAPER_PEOPLE * MAX_DOT_BUDGET) }),
  cmd('closeVoteRound', { roundId }),
  cmd('revealVoteRound', { roundId }),
  cmd('startConsensusCheck', {
    checkId,
    clauseId,
    preset: z.enum(CONSENSUS_PRESET_IDS),
    rule: decisionRuleSchema,
    fallback: fallbackSchema,
    quorum: z.number().int().min(1).max(500).optional(),
    /** Share (1-100) of each present sector's members that must answer; default 50. */
    sectorQuorumPercent: z.number().int().min(1).max(100).optional(),
  }),
  /**
   * The room's check on "Bagian X tidak berlaku karena ..." (`reason`): a required section is
   * marked not applicable only by an outcome that allows agreement.
   */
  cmd('startNotApplicableCheck', {
    checkId,
    sectionCode: z.enum(SECTION_CODES),
    reason: bilingualTextSchema,
    preset: z.enum(CONSENSUS_PRESET_IDS),
    rule: decisionRuleSchema,
    fallback: fallbackSchema,
    quorum: z.number().int().min(1).max(500).optional(),
    /** As for a clause check: the same per-sector rule decides whether a section does not apply. */
    sectorQuorumPercent: z.number().int().min(1).max(100).optional(),
  }),
  cmd('answerConsensus', {
    checkId,
    /** A level of the check's scale, or null together with `standAside: true`. */
    level: z.number().int().min(0).max(8).nullable(),
    standAside: z.boolean().optional(),
    reason: reasonSchema.optional(),
  }),
  /**
   * Paper consensus cards (format 7): `participants` in `sector` answer on paper; `counts` are
   * the cards raised per level of the check's scale. Replaces the sector's previous entry.
   */
  cmd('enterPaperCards', {
    checkId,
    sector: z.enum(SECTORS),
    participants: z.number().int().min(0).max(MAX_PAPER_PEOPLE),
    counts: z.array(z.strictObject({ level: z.number().int().min(0).max(8), count: z.number().int().min(0).max(MAX_PAPER_PEOPLE) })).max(9),
  }),
  cmd('recordConsensusOutcome', {
    checkId,
    /** Apply the fallback fixed at start; `adopted` is the designated decider's decision. */
    useFallback: z.strictObject({ adopted: z.boolean().optional() }).optional(),
    minorityReport: z.strictObject({ text: bilingualTextSchema, authorIds: z.array(participantId).min(1).max(50) }).optional(),
    /**
     * Below the check's quorum an outcome is refused (`quorum_not_reached`); this closes the
     * check anyway as "no consensus", so the clause can be amended or checked again.
     */
    closeWithoutQuorum: z.literal(true).optional(),
  }),
  cmd('enrollSignatory', {
    participantId,
    capacity: z.enum(SIGNATORY_CAPACITIES),
    /** Pihak kedua: whom the users' representative acts for and how they were chosen. */
    mandate: mandateSchema.optional(),
    /** Pihak ketiga: the stakeholder card of the partner they sign for (required). */
    partnerId: idSchema<StakeholderId>().optional(),
  }),
  /** Records or corrects the users' representative's mandate (before the freeze). */
  cmd('setSignatoryMandate', { participantId, mandate: mandateSchema }),
  /** Before the freeze: a wrong enrolment is taken back, or moved to another capacity. */
  cmd('withdrawSignatory', { participantId, capacity: z.enum(SIGNATORY_CAPACITIES) }),
  cmd('changeSignatoryCapacity', { participantId, from: z.enum(SIGNATORY_CAPACITIES), to: z.enum(SIGNATORY_CAPACITIES) }),
  cmd('freezeCharter', {}),
  /** By the signatory, from the browser that holds the secret key. */
  cmd('registerSigningKey', {
    publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'expected base64url of a raw 32-byte Ed25519 public key'),
    title: z.string().trim().min(1).max(200),
    institution: z.string().trim().min(1).max(200),
    nip: nipSchema.optional(),
  }),
  /** The signature over UTF-8(JCS(signaturePayload)) (shared/charter/signature.ts). */
  cmd('signCharter', {
    charterVersion: z.number().int().min(1),
    /** Needed only when the signatory is enrolled in more than one capacity. */
    capacity: z.enum(SIGNATORY_CAPACITIES).optional(),
    keyId: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'expected base64url of a SHA-256'),
    signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'expected base64url of a 64-byte Ed25519 signature'),
  }),
  /**
   * By a facilitator: `participantId` signed the printed naskah of the frozen version in wet ink
   * at `signedAt`; `scanSha256` is the SHA-256 the browser computed of the scan (not uploaded).
   * The hash is checked in `decide` (code `scan_hash_malformed`), not here, to name the problem.
   */
  cmd('recordWetInkSignature', {
    participantId,
    charterVersion: z.number().int().min(1),
    capacity: z.enum(SIGNATORY_CAPACITIES).optional(),
    signedAt: z.iso.datetime({ offset: true }),
    title: z.string().trim().min(1).max(200),
    institution: z.string().trim().min(1).max(200),
    nip: nipSchema.optional(),
    scanSha256: z.string().max(200).optional(),
  }),
  cmd('reopenCharter', { reason: reasonSchema }),
  /** Complaints as evidence: a whole file import (from the import route) or one typed-in complaint. */
  cmd('recordComplaints', {
    importId: complaintImportIdSchema,
    source: complaintSourceSchema,
    complaints: z.array(complaintInputSchema).min(1).max(MAX_COMPLAINTS_PER_IMPORT),
  }),
  /** Names (or renames) a theme and puts the listed complaints into it. */
  cmd('defineComplaintTheme', {
    themeId: complaintThemeIdSchema,
    name: z.string().trim().min(1).max(MAX_THEME_NAME),
    complaintIds: z.array(complaintIdSchema).max(MAX_COMPLAINTS_PER_IMPORT).optional(),
  }),
  cmd('assignComplaints', { themeId: complaintThemeIdSchema.nullable(), complaintIds: z.array(complaintIdSchema).min(1).max(MAX_COMPLAINTS_PER_IMPORT) }),
  /** The complaint themes a clause answers (the whole list; empty = none). */
  cmd('setClauseComplaintThemes', { clauseId, themeIds: z.array(complaintThemeIdSchema).max(50) }),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES = commandSchema.options.map((o) => o.shape.type.value) as CommandType[];

export type ParsedCommand = { ok: true; command: Command } | { ok: false; message: string };

export function parseCommand(input: unknown): ParsedCommand {
  const parsed = commandSchema.safeParse(input);
  return parsed.success ? { ok: true, command: parsed.data } : { ok: false, message: z.prettifyError(parsed.error) };
}
