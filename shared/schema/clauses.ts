/**
 * Clauses (butir) of the charter: status lifecycle, versions, measurable commitments, and the
 * gap between users' aspiration and the provider's capacity. The founding article describes a
 * charter as a balance "antara tingginya aspirasi dengan kapasitas birokrasi", so a clause keeps
 * the users' ask, the provider's baseline and the agreed commitment side by side.
 */
import { z } from 'zod';
import type { ClauseId, ClauseVersionId, ConsensusCheckId, ParticipantId, StakeholderId, UserGroupId } from './ids';
import type { Sector } from './stakeholders';
import type { BilingualText } from './text';
import type { SectionCode } from './sections';
import { entryOf } from './records';

export const CLAUSE_STATUSES = [
  'proposed',
  'under_discussion',
  'agreed',
  'agreed_with_reservations',
  'deferred',
  'rejected',
] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/**
 * Allowed status changes. Agreement is only reached from discussion (where the consensus check
 * happens); an agreed clause goes back to discussion before it can be amended, so the record of
 * what was agreed is never silently overwritten. Rejected clauses may be revived for discussion
 * because facilitators do make mistakes in a busy room.
 */
export const CLAUSE_TRANSITIONS: Readonly<Record<ClauseStatus, readonly ClauseStatus[]>> = {
  proposed: ['under_discussion', 'deferred', 'rejected'],
  under_discussion: ['agreed', 'agreed_with_reservations', 'deferred', 'rejected'],
  agreed: ['under_discussion'],
  agreed_with_reservations: ['under_discussion'],
  deferred: ['under_discussion', 'rejected'],
  rejected: ['under_discussion'],
};

export function canTransition(from: ClauseStatus, to: ClauseStatus): boolean {
  return CLAUSE_TRANSITIONS[from].includes(to);
}

export function isAgreedStatus(status: ClauseStatus): boolean {
  return status === 'agreed' || status === 'agreed_with_reservations';
}

/** Statuses in which the text may still change. */
export function isAmendable(status: ClauseStatus): boolean {
  return status === 'proposed' || status === 'under_discussion' || status === 'deferred';
}

export const MEASURE_UNITS = ['working_days', 'hours', 'minutes', 'rupiah', 'percent'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

/** A measurable promise: "3 working days", "15 minutes", "Rp 0", "90 percent". */
export interface Measure {
  value: number;
  unit: MeasureUnit;
}

/**
 * Which way is better for each unit: less time and less cost serve users; percentages in a
 * charter are service levels ("90% of complaints answered"), so more is better.
 */
export const UNIT_DIRECTION: Readonly<Record<MeasureUnit, 'lower_is_better' | 'higher_is_better'>> = {
  working_days: 'lower_is_better',
  hours: 'lower_is_better',
  minutes: 'lower_is_better',
  rupiah: 'lower_is_better',
  percent: 'higher_is_better',
};

/** A commitment applies now, or is phased in: `interim` until `targetDate`, then `measure`. */
export type Commitment =
  | { measure: Measure; phasing: 'now' }
  | { measure: Measure; phasing: 'phased'; targetDate: string; interim?: Measure };

/**
 * Who carries a clause's duty: the provider, the service users, both, or a named partner (a
 * private clinic, a foundation: a stakeholder card, `ClauseVersion.partnerId`) that takes on
 * duties of its own and so signs as a third party (pihak ketiga).
 */
export const OBLIGATED_PARTIES = ['provider', 'user', 'both', 'partner'] as const;
export type ObligatedParty = (typeof OBLIGATED_PARTIES)[number];

/** A sanction or compensation clause answers the failure of one side (SANKSI_KOMPENSASI only). */
export const FAILURE_PARTIES = ['provider', 'user', 'partner'] as const;
export type FailureParty = (typeof FAILURE_PARTIES)[number];

/** The section whose clauses name whose failure they answer. */
export const SANCTIONS_SECTION = 'SANKSI_KOMPENSASI' as const;

/** The partner a version names (as obligated party or as the side whose failure it answers), if any. */
export function partnerNamedBy(version: Pick<ClauseVersion, 'obligatedParty' | 'answersFailureOf' | 'partnerId'>): StakeholderId | null {
  const named = version.obligatedParty === 'partner' || version.answersFailureOf === 'partner';
  return named && version.partnerId ? version.partnerId : null;
}

export const measureSchema = z
  .strictObject({ value: z.number().finite().min(0), unit: z.enum(MEASURE_UNITS) })
  .refine((m) => m.unit !== 'percent' || m.value <= 100, 'a percentage is at most 100');

export const commitmentSchema = z.discriminatedUnion('phasing', [
  z.strictObject({ phasing: z.literal('now'), measure: measureSchema }),
  z.strictObject({
    phasing: z.literal('phased'),
    measure: measureSchema,
    targetDate: z.iso.date(),
    interim: measureSchema.optional(),
  }),
]);

export interface ClauseVersion {
  id: ClauseVersionId;
  /** Null for the first proposal of a clause. */
  parentVersionId: ClauseVersionId | null;
  text: BilingualText;
  rationale: string;
  obligatedParty: ObligatedParty;
  /** The stakeholder card of the partner, when `obligatedParty` or `answersFailureOf` is `partner`. */
  partnerId?: StakeholderId;
  /** Sanctions and compensation (SANKSI_KOMPENSASI): whose failure the clause answers. */
  answersFailureOf?: FailureParty;
  legalBasis?: string;
  commitment?: Commitment;
  /**
   * The user groups (kelompok pengguna) this version concerns, when it names any (event format 6;
   * older versions name none): a clause for everyone names none.
   */
  userGroupIds?: UserGroupId[];
  /**
   * The condition this promise rests on ("asalkan tambahan satu petugas verifikasi"): a clause
   * of its own in one of `CONDITION_SECTIONS` that binds the promised resource. The promise
   * cannot be agreed while its condition is not (`condition_not_agreed`).
   */
  conditionClauseId?: ClauseId;
  proposedBy: ParticipantId;
  /** Null when a facilitator without a sector wrote it for the room. */
  proposerSector: Sector | null;
  /** Set when the facilitator typed it in for someone else. */
  enteredBy?: ParticipantId;
  createdAt: string;
}

export interface Clause {
  id: ClauseId;
  /**
   * The clause's stable number, "K<number>" in the room: given when the clause is proposed (the
   * n-th proposal of the workshop is number n), never reused or renumbered. The fold assigns it
   * (`applyEvent`), so every log, old or new, numbers its clauses the same way.
   */
  number: number;
  sectionCode: SectionCode;
  status: ClauseStatus;
  currentVersionId: ClauseVersionId;
  versions: Record<string, ClauseVersion>;
  /** What service users asked for (aspiration), when stated. */
  usersAsk?: Measure;
  /** What users asked for in words ("petugas ramah dan menjelaskan dengan bahasa daerah"), when stated. */
  usersAskText?: string;
  /** What the provider delivers today or says it can deliver (capacity), when stated. */
  providerBaseline?: Measure;
  /** The consensus check that agreed the current version; set only while the clause is agreed. */
  agreedByCheckId?: ConsensusCheckId;
  /** The complaint themes this clause says it answers (event format 7, `clauseComplaintThemesSet`). */
  complaintThemeIds?: string[];
}

/** The event's clause: the number is the fold's to give. */
export type ProposedClause = Omit<Clause, 'number'>;

/** "K7": how people name a clause in the room, on the board, in votes, warnings and exports. */
export function clauseLabel(clause: Pick<Clause, 'number'>): string {
  // A decisions document cached offline before schema 3 has no numbers until the server re-projects it.
  return Number.isInteger(clause.number) ? `K${clause.number}` : 'K?';
}

/**
 * Sections where a condition of a promise becomes a clause of its own: the staff, the
 * facilities, or another obligation of the provider that the promise needs.
 */
export const CONDITION_SECTIONS = ['JUMLAH_PELAKSANA', 'SARANA', 'KEWAJIBAN_PENYELENGGARA'] as const satisfies readonly SectionCode[];

export function isConditionSection(code: SectionCode): boolean {
  return (CONDITION_SECTIONS as readonly SectionCode[]).includes(code);
}

/** The clause the current version of `clause` depends on, if any. */
export function conditionIdOf(clause: Clause): ClauseId | undefined {
  return entryOf(clause.versions, clause.currentVersionId)?.conditionClauseId;
}

/** Clauses whose current version depends on `conditionId`, by number. */
export function dependentsOf(clauses: readonly Clause[], conditionId: string): Clause[] {
  return clauses.filter((c) => conditionIdOf(c) === conditionId).sort((a, b) => a.number - b.number);
}

export function currentVersion(clause: Clause): ClauseVersion {
  const version = entryOf(clause.versions, clause.currentVersionId);
  if (!version) throw new Error(`clause ${clause.id} lost its current version`);
  return version;
}

export interface AspirationGap {
  unit: MeasureUnit;
  /** How far the commitment falls short of users' ask, in the unit (0 = ask met or exceeded). */
  shortfallFromAsk: number | null;
  /** How much the commitment improves on the provider's baseline (negative = worse than today). */
  improvementOnBaseline: number | null;
  /** The commitment is met only later (phased). */
  phased: boolean;
}

/**
 * The gap between aspiration, capacity and commitment, oriented so that positive numbers are
 * always "in users' favour" regardless of the unit's direction. Null when the clause has no
 * measurable commitment; a side whose unit differs from the commitment's is reported as null.
 */
export function aspirationGap(clause: Clause): AspirationGap | null {
  const commitment = currentVersion(clause).commitment;
  if (!commitment) return null;
  const { unit, value } = commitment.measure;
  const better = (a: number, b: number) => (UNIT_DIRECTION[unit] === 'lower_is_better' ? b - a : a - b);
  const comparable = (m: Measure | undefined) => (m && m.unit === unit ? m : undefined);
  const ask = comparable(clause.usersAsk);
  const baseline = comparable(clause.providerBaseline);
  return {
    unit,
    shortfallFromAsk: ask ? Math.max(0, better(ask.value, value)) : null,
    improvementOnBaseline: baseline ? better(value, baseline.value) : null,
    phased: commitment.phasing === 'phased',
  };
}
