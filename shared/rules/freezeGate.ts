/**
 * The freeze gate: what must be true before the charter text is frozen for signing
 * (charter-method.md §3 integrity rules).
 * - Every required section has an agreed clause (agreed or agreed with reservations), or the
 *   room decided it does not apply: a consensus check on "Bagian X tidak berlaku karena ..."
 *   whose outcome allows agreement (event format 6). A mark the facilitator set alone (every
 *   mark in a log older than format 6) no longer satisfies the gate for a new freeze: the room
 *   is asked again. Protected sections are never excused.
 * - No agreed promise rests on a condition clause that is not agreed ("asalkan ...").
 * - Signatories include the provider's head (pihak pertama, from government), a service-user
 *   representative (pihak kedua, from outside government) and at least one witness (saksi)
 *   from outside government: a charter witnessed only by the state is not a three-pillar pact.
 * - The users' representative has a recorded mandate (whom they act for, how they were chosen).
 * - Every partner named on an agreed clause (as obligated party, or as the side whose failure a
 *   sanction answers) is enrolled as a third party (pihak ketiga): nobody is bound by a charter
 *   they did not sign.
 * The gate returns everything that is missing, as machine codes with parameters, so the UI can
 * show a translated checklist rather than one error at a time.
 */
import { clauseLabel, conditionIdOf, isAgreedStatus, partnerNamedBy } from '../schema/clauses';
import type { Clause } from '../schema/clauses';
import type { ConsensusCheckId, ParticipantId, StakeholderId } from '../schema/ids';
import type { SectionCode } from '../schema/sections';
import { isProtectedSection, requiredSectionCodes, SECTION_CODES } from '../schema/sections';
import type { BilingualText } from '../schema/text';
import type { ConsensusCheck, ConsensusOutcome, ConsensusRecord } from './consensus';
import { outcomeAllowsAgreement } from './consensus';
import type { Signatory } from './signatories';
import { entryOf } from '../schema/records';

export type FreezeGap =
  | { code: 'section_not_agreed'; params: { sectionCode: SectionCode } }
  | { code: 'section_not_applicable_without_consent'; params: { sectionCode: SectionCode } }
  | { code: 'signatory_missing'; params: { capacity: 'pihak_pertama' | 'pihak_kedua'; sector: 'government' | 'non_government' } }
  | { code: 'witness_outside_government_missing'; params: Record<string, never> }
  | { code: 'users_mandate_missing'; params: { participantId: ParticipantId } }
  | { code: 'partner_not_signatory'; params: { partnerId: StakeholderId; partnerName: string; clauses: string } }
  /** An agreed promise rests on a condition clause that is not agreed (or no longer exists). */
  | { code: 'condition_missing'; params: { clause: string; condition: string } };

/** A "not applicable" mark as the gate reads it (the state's `NotApplicableMark`). */
export interface NotApplicableMarkInput {
  reason: BilingualText;
  markedBy?: ParticipantId;
  checkId?: ConsensusCheckId;
}

export interface FreezeGateInput {
  clauses: readonly Clause[];
  notApplicable: Partial<Record<SectionCode, NotApplicableMarkInput>>;
  /** Every consensus check, to find the one behind each not-applicable mark. */
  consensusChecks: Readonly<Record<string, ConsensusCheck>>;
  /** Only signatories whose participant is still active. */
  signatories: readonly Signatory[];
  /** Names of the stakeholder cards (partners) by id, for the gap's reason. */
  partnerNames?: (id: StakeholderId) => string | undefined;
}

/** One "not applicable" decision, as the freeze checklist lists it. */
export interface NotApplicableDecision {
  sectionCode: SectionCode;
  reason: BilingualText;
  required: boolean;
  /** True when the room's check on this section's question allowed the mark. */
  byRoom: boolean;
  /** The check's outcome (consensus, with reservations, decided by fallback), when there is one. */
  outcome?: ConsensusOutcome;
  fallback?: ConsensusRecord['fallback'];
  /** Who decided under a designated-decider fallback; otherwise the room (or the facilitator alone). */
  deciderId?: ParticipantId;
  markedBy?: ParticipantId;
}

/** The recorded check that let the room mark `sectionCode`, if the mark names one that did. */
function consentingCheck(input: FreezeGateInput, sectionCode: SectionCode, mark: NotApplicableMarkInput): ConsensusCheck | undefined {
  const check = mark.checkId ? entryOf(input.consensusChecks, mark.checkId) : undefined;
  if (!check?.record || check.status !== 'recorded' || check.subject?.sectionCode !== sectionCode) return undefined;
  return outcomeAllowsAgreement(check.record, true) ? check : undefined;
}

/** Every section marked not applicable, in charter order, with how it was decided. */
export function notApplicableDecisions(input: FreezeGateInput): NotApplicableDecision[] {
  const required = new Set(requiredSectionCodes());
  return SECTION_CODES.flatMap((sectionCode): NotApplicableDecision[] => {
    const mark = entryOf(input.notApplicable, sectionCode);
    if (!mark) return [];
    const check = consentingCheck(input, sectionCode, mark);
    const record = check?.record;
    const decider = check?.fallback.kind === 'designated_decider' && record?.fallback ? check.fallback.deciderId : undefined;
    return [
      {
        sectionCode,
        reason: mark.reason,
        required: required.has(sectionCode),
        byRoom: check !== undefined,
        ...(record ? { outcome: record.outcome } : {}),
        ...(record?.fallback ? { fallback: record.fallback } : {}),
        ...(decider ? { deciderId: decider } : {}),
        ...(mark.markedBy ? { markedBy: mark.markedBy } : {}),
      },
    ];
  });
}

function sectionGap(input: FreezeGateInput, agreed: ReadonlySet<SectionCode>, sectionCode: SectionCode): FreezeGap | null {
  if (agreed.has(sectionCode)) return null;
  const mark = entryOf(input.notApplicable, sectionCode);
  // A protected section is never excused by a "not applicable" mark (one recorded before the
  // rule existed still leaves it missing).
  if (!mark || isProtectedSection(sectionCode)) return { code: 'section_not_agreed', params: { sectionCode } };
  if (!consentingCheck(input, sectionCode, mark)) return { code: 'section_not_applicable_without_consent', params: { sectionCode } };
  return null;
}

/** Required sections neither agreed nor decided not applicable by the room, with why. */
export function sectionGaps(input: FreezeGateInput): FreezeGap[] {
  const agreed = new Set(input.clauses.filter((c) => isAgreedStatus(c.status)).map((c) => c.sectionCode));
  return requiredSectionCodes().flatMap((code) => sectionGap(input, agreed, code) ?? []);
}

export function missingSections(input: FreezeGateInput): SectionCode[] {
  return sectionGaps(input).map((g) => (g.params as { sectionCode: SectionCode }).sectionCode);
}

export function missingSignatories(signatories: readonly Signatory[]): FreezeGap[] {
  // A signatory without a sector counts as neither: "outside government" must be a real pillar.
  const has = (capacity: Signatory['capacity'], government: boolean) =>
    signatories.some((s) => s.capacity === capacity && s.sector !== null && (s.sector === 'government') === government);
  const gaps: FreezeGap[] = [];
  if (!has('pihak_pertama', true)) gaps.push({ code: 'signatory_missing', params: { capacity: 'pihak_pertama', sector: 'government' } });
  if (!has('pihak_kedua', false)) gaps.push({ code: 'signatory_missing', params: { capacity: 'pihak_kedua', sector: 'non_government' } });
  if (!has('saksi', false)) gaps.push({ code: 'witness_outside_government_missing', params: {} });
  return gaps;
}

/**
 * A users' representative (pihak kedua) without a mandate cannot say whom they sign for. Only
 * those who count as the second party (outside government) are asked: a government "user
 * representative" is already reported as a missing second party.
 */
export function missingMandates(signatories: readonly Signatory[]): FreezeGap[] {
  return signatories
    .filter((s) => s.capacity === 'pihak_kedua' && s.sector !== null && s.sector !== 'government' && !s.mandate)
    .map((s) => ({ code: 'users_mandate_missing', params: { participantId: s.participantId } }));
}

/** Partners named on agreed clauses that no active third-party signatory signs for, in clause order. */
export function unsignedPartners(input: FreezeGateInput): FreezeGap[] {
  const signing = new Set(input.signatories.filter((s) => s.capacity === 'pihak_ketiga' && s.partnerId).map((s) => s.partnerId));
  const clausesByPartner = new Map<StakeholderId, string[]>();
  const agreed = input.clauses.filter((c) => isAgreedStatus(c.status)).sort((a, b) => a.number - b.number);
  for (const clause of agreed) {
    const version = entryOf(clause.versions, clause.currentVersionId);
    const partner = version ? partnerNamedBy(version) : null;
    if (!partner || signing.has(partner)) continue;
    clausesByPartner.set(partner, [...(clausesByPartner.get(partner) ?? []), clauseLabel(clause)]);
  }
  return [...clausesByPartner].map(([partnerId, labels]) => ({
    code: 'partner_not_signatory',
    params: { partnerId, partnerName: input.partnerNames?.(partnerId) ?? partnerId, clauses: labels.join(', ') },
  }));
}

/**
 * Agreed promises whose condition would not be in the frozen text: the condition was agreed
 * once and went back to discussion (or was never agreed, in a log older than the rule).
 */
export function missingConditions(clauses: readonly Clause[]): FreezeGap[] {
  const byId = new Map(clauses.map((c) => [c.id as string, c]));
  return clauses
    .filter((c) => isAgreedStatus(c.status))
    .flatMap((c): FreezeGap[] => {
      const conditionId = conditionIdOf(c);
      if (!conditionId) return [];
      const condition = byId.get(conditionId);
      if (condition && isAgreedStatus(condition.status)) return [];
      return [{ code: 'condition_missing', params: { clause: clauseLabel(c), condition: condition ? clauseLabel(condition) : 'K?' } }];
    });
}

/** Everything that stands between the current state and a freeze; empty means "may freeze". */
export function freezeGaps(input: FreezeGateInput): FreezeGap[] {
  return [...sectionGaps(input), ...missingConditions(input.clauses), ...missingSignatories(input.signatories), ...missingMandates(input.signatories), ...unsignedPartners(input)];
}
