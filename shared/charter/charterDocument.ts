/**
 * The frozen charter as a verifiable artefact (design.md §Architecture 5): the agreed text per
 * section with its provenance (who proposed each version, from which sector), the consensus
 * record (per-sector counts, reservations, stand-asides, dissent, minority report), dot-vote
 * priority per sector, sections marked not applicable, signatories, and the head of the event
 * log at freeze time. Its digest, hex(SHA-256(JCS(document))), is what signatories sign.
 *
 * It also carries what the room worked with around the clauses: stakeholders and user groups,
 * who took part per sector, the Maklumat text, and the collaborative content document at the
 * freeze (SHA-256 of `Y.encodeStateAsUpdate` and the service flow read from it). `decide` cannot
 * see that document, so the server gathers it (`CharterContext`) inside the workshop's command
 * queue while content writes are closed.
 *
 * Binding to the event log, in both directions:
 * - `logHead` is the head of the log just BEFORE the freeze event (its `seq` is the log length);
 * - the freeze event itself carries `charterSha256`, the digest of this document, so every later
 *   link of the hash chain commits to it.
 * Build it from the state with the freeze applied (`state.freeze` gives version and time).
 */
import type { ConsensusOutcome, ConsensusRecord, DecisionRule, Fallback } from '../rules/consensus';
import { notApplicableDecisions } from '../rules/freezeGate';
import type { ConsensusPresetId } from '../rules/consensusPresets';
import type { SectorCounts } from '../rules/dotVote';
import { tallyVoteRound } from '../rules/dotVote';
import type { Mandate, SignatoryCapacity } from '../rules/signatories';
import type { ServiceFlowStep } from '../schema/contentDoc';
import type { ParticipantId } from '../schema/ids';
import type { Role } from '../schema/participants';
import type { StakeholderCard } from '../schema/stakeholderCard';
import type { Sector } from '../schema/stakeholders';
import { SECTORS } from '../schema/stakeholders';
import type { BilingualText } from '../schema/text';
import type { UserGroup } from '../schema/userGroups';
import { SCHEMA_VERSION } from '../schema/version';
import type { WorkshopState } from '../state/workshopState';
import { activeSignatories, sectorOf } from '../state/workshopState';
import { canonicalHash } from './canonical';
import type { Clause, ClauseVersion, Measure } from '../schema/clauses';
import { currentVersion, isAgreedStatus } from '../schema/clauses';
import type { ChainHead } from './eventChain';
import { CHARTER_SECTIONS } from '../schema/sections';
import { entryOf } from '../schema/records';

export const CHARTER_FORMAT = 'mufakat-charter/1';

export interface CharterClause {
  id: string;
  /**
   * The clause's stable number (`Clause.number`, "K<number>" in the room). Absent in documents
   * frozen before numbers were stable: read those with `charterClauseLabel`.
   */
  number?: number;
  status: Clause['status'];
  current: Omit<ClauseVersion, 'id' | 'parentVersionId'> & { versionId: string };
  usersAsk?: Measure;
  /** What users asked for in words; absent in documents frozen before it was kept. */
  usersAskText?: string;
  providerBaseline?: Measure;
  /** Every version from the first proposal to the agreed one. */
  history: { versionId: string; parentVersionId: string | null; proposedBy: ParticipantId; proposerSector: Sector | null; enteredBy?: ParticipantId; createdAt: string; text: BilingualText }[];
  consensus?: { preset: ConsensusPresetId; rule: DecisionRule } & Omit<ConsensusRecord, 'recordedBy' | 'recordedAt'> & {
    /**
     * Who decided when the room did not reach consensus and the designated-decider fallback
     * applied (e.g. the Kepala Dinas): the clause is then a unilateral decision under the rule
     * agreed at the start, never an agreement. Absent in documents frozen before it was kept.
     */
    decidedBy?: { participantId: ParticipantId; displayName: string };
  };
  /** `paper` (format 7): the paper share of `total`, absent when nobody voted on paper. */
  dots?: { total: number; bySector: SectorCounts; paper?: { dots: number; voters: number } };
}

/** What the server adds from outside the decisions state. */
export interface CharterContext {
  workshop: { title: string; serviceName: string };
  content: {
    /** hex SHA-256 of `Y.encodeStateAsUpdate(contentDoc)` at the freeze. */
    yjsStateSha256: string;
    /** The content root `serviceFlow`, as plain JSON, in order. */
    serviceFlow: ServiceFlowStep[];
  };
}

export interface CharterParticipant {
  participantId: ParticipantId;
  displayName: string;
  role: Role;
}

/**
 * A signatory as the komparisi of the naskah names them. `mandate` (the users' representative:
 * whom they act for, how they were chosen) and `partner` (a third party: the partner they sign
 * for) are absent in documents frozen before they were recorded, which keeps those digests.
 */
export interface CharterSignatory {
  participantId: ParticipantId;
  displayName: string;
  capacity: SignatoryCapacity;
  sector: Sector | null;
  mandate?: Mandate;
  partner?: { stakeholderId: string; name: string; organisation?: string };
}

/** The room's decision that a section does not apply, as `decisionText` prints it. */
export interface NotApplicableDecisionText {
  outcome: ConsensusOutcome;
  fallback?: { kind: Fallback['kind'] };
  decidedBy?: { participantId: string; displayName: string };
}

export interface CharterDocument {
  format: typeof CHARTER_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  workshopId: string;
  workshop: CharterContext['workshop'];
  charterVersion: number;
  frozenAt: string;
  frozenBy: ParticipantId;
  /** Head of the event log before the freeze event; `seq` is the number of entries. */
  logHead: ChainHead | null;
  sections: {
    code: string;
    name: { id: string; en: string };
    notApplicable?: BilingualText;
    /** How the room decided the section does not apply (absent: marked by the facilitator, or before format 6). */
    notApplicableDecision?: NotApplicableDecisionText;
    clauses: CharterClause[];
  }[];
  /** The agreed text of the MAKLUMAT section's clauses, for the pledge printed under the charter. */
  maklumat: { clauseId: string; text: BilingualText }[];
  stakeholders: StakeholderCard[];
  userGroups: UserGroup[];
  /** Active participants who represent a pillar, per sector (the facilitator team has none). */
  participantsBySector: Record<Sector, CharterParticipant[]>;
  signatories: CharterSignatory[];
  content: CharterContext['content'];
}

function history(clause: Clause): CharterClause['history'] {
  const chain: CharterClause['history'] = [];
  let version: ClauseVersion | undefined = currentVersion(clause);
  while (version) {
    const v: ClauseVersion = version;
    const { enteredBy } = v;
    chain.unshift({ versionId: v.id, parentVersionId: v.parentVersionId, proposedBy: v.proposedBy, proposerSector: v.proposerSector, ...(enteredBy ? { enteredBy } : {}), createdAt: v.createdAt, text: v.text });
    version = v.parentVersionId ? entryOf(clause.versions, v.parentVersionId) : undefined;
  }
  return chain;
}

/** Dots the clause received in revealed rounds, summed over rounds, per sector. */
function dotsFor(state: WorkshopState, clause: Clause): CharterClause['dots'] {
  let total = 0;
  const bySector: SectorCounts = { government: 0, private: 0, civil_society: 0 };
  const paper = { dots: 0, voters: 0 };
  for (const round of Object.values(state.voteRounds)) {
    if (round.status !== 'revealed') continue;
    const tally = tallyVoteRound(round, sectorOf(state));
    const options = round.options.filter((o) => o.clauseId === clause.id);
    for (const option of options) {
      total += entryOf(tally.total, option.id) ?? 0;
      for (const sector of Object.keys(bySector) as Sector[]) bySector[sector] += entryOf(tally.bySector, option.id)?.[sector] ?? 0;
      paper.dots += entryOf(tally.paper?.total ?? {}, option.id) ?? 0;
    }
    if (options.length && tally.paper) paper.voters += tally.paper.voters;
  }
  return total > 0 ? { total, bySector, ...(paper.dots > 0 ? { paper } : {}) } : undefined;
}

function charterClause(state: WorkshopState, clause: Clause): CharterClause {
  const { id: versionId, parentVersionId: _p, ...current } = currentVersion(clause);
  const check = clause.agreedByCheckId ? entryOf(state.consensusChecks, clause.agreedByCheckId) : undefined;
  const { recordedBy: _by, recordedAt: _at, ...record } = check?.record ?? ({} as Partial<ConsensusRecord>);
  const dots = dotsFor(state, clause);
  const decider = check?.record?.outcome === 'decided_by_fallback' && check.fallback.kind === 'designated_decider' ? check.fallback.deciderId : undefined;
  const decidedBy = decider ? { participantId: decider, displayName: entryOf(state.participants, decider)?.displayName ?? '' } : undefined;
  return {
    id: clause.id,
    number: clause.number,
    status: clause.status,
    current: { versionId, ...current },
    ...(clause.usersAsk ? { usersAsk: clause.usersAsk } : {}),
    ...(clause.usersAskText ? { usersAskText: clause.usersAskText } : {}),
    ...(clause.providerBaseline ? { providerBaseline: clause.providerBaseline } : {}),
    history: history(clause),
    ...(check?.record
      ? { consensus: { preset: check.preset, rule: check.rule, ...(record as Omit<ConsensusRecord, 'recordedBy' | 'recordedAt'>), ...(decidedBy ? { decidedBy } : {}) } }
      : {}),
    ...(dots ? { dots } : {}),
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function participantsBySector(state: WorkshopState): CharterDocument['participantsBySector'] {
  const people = Object.values(state.participants).filter((p) => !p.revoked).sort(byId);
  const bySector = Object.fromEntries(SECTORS.map((sector) => [sector, [] as CharterParticipant[]])) as CharterDocument['participantsBySector'];
  for (const p of people) if (p.sector) bySector[p.sector].push({ participantId: p.id, displayName: p.displayName, role: p.role });
  return bySector;
}

export function buildCharterDocument(state: WorkshopState, logHead: ChainHead | null, context: CharterContext): CharterDocument {
  if (!state.freeze) throw new Error('the charter is not frozen');
  // In the order they were proposed, which is the order of their stable numbers.
  const agreed = Object.values(state.clauses).filter((c) => isAgreedStatus(c.status)).sort((a, b) => a.number - b.number);
  const naDecisions = new Map<string, NotApplicableDecisionText>();
  for (const d of notApplicableDecisions({ clauses: [], notApplicable: state.notApplicable, consensusChecks: state.consensusChecks, signatories: [] })) {
    if (!d.byRoom || !d.outcome) continue;
    const decider = d.deciderId ? entryOf(state.participants, d.deciderId) : undefined;
    naDecisions.set(d.sectionCode, {
      outcome: d.outcome,
      ...(d.fallback ? { fallback: { kind: d.fallback.kind } } : {}),
      ...(decider ? { decidedBy: { participantId: decider.id, displayName: decider.displayName } } : {}),
    });
  }
  const sections = CHARTER_SECTIONS.flatMap((section) => {
    const clauses = agreed.filter((c) => c.sectionCode === section.code).map((c) => charterClause(state, c));
    const na = state.notApplicable[section.code as keyof typeof state.notApplicable];
    if (clauses.length === 0 && !na) return [];
    const decided = na ? naDecisions.get(section.code) : undefined;
    return [{ code: section.code, name: section.name, ...(na ? { notApplicable: na.reason } : {}), ...(decided ? { notApplicableDecision: decided } : {}), clauses }];
  });
  const signatories = activeSignatories(state).map((s): CharterSignatory => {
    const card = s.partnerId ? entryOf(state.stakeholders, s.partnerId) : undefined;
    return {
      participantId: s.participantId,
      displayName: entryOf(state.participants, s.participantId)?.displayName ?? '',
      capacity: s.capacity,
      sector: s.sector,
      ...(s.mandate ? { mandate: { actsFor: s.mandate.actsFor, chosenBy: s.mandate.chosenBy } } : {}),
      ...(card ? { partner: { stakeholderId: card.id, name: card.name, ...(card.organisation ? { organisation: card.organisation } : {}) } } : {}),
    };
  });
  const maklumat = agreed.filter((c) => c.sectionCode === 'MAKLUMAT').map((c) => ({ clauseId: c.id, text: currentVersion(c).text }));
  const { charterVersion, frozenAt, frozenBy } = state.freeze;
  return {
    format: CHARTER_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    workshopId: state.workshopId,
    workshop: { title: context.workshop.title, serviceName: context.workshop.serviceName },
    charterVersion,
    frozenAt,
    frozenBy,
    logHead,
    sections,
    maklumat,
    stakeholders: Object.values(state.stakeholders).sort(byId),
    userGroups: Object.values(state.userGroups).sort(byId),
    participantsBySector: participantsBySector(state),
    signatories,
    content: { yjsStateSha256: context.content.yjsStateSha256, serviceFlow: context.content.serviceFlow },
  };
}

/**
 * How exports name a clause: its room number ("K3") beside its place in the printed charter
 * ("2.1"), so the paper and the board say the same; only the place for documents frozen before
 * clause numbers were stable.
 */
export function charterClauseLabel(clause: Pick<CharterClause, 'number'>, place: string): string {
  return clause.number === undefined ? place : `${place} (K${clause.number})`;
}

/**
 * How the charter's clauses were decided: by the room's consensus (with or without
 * reservations) or by the fallback rule (a unilateral decision under the rule agreed at the
 * start). Counted apart so nobody reads a fallback decision as an agreement.
 */
export function charterDecisionSummary(document: { sections: readonly { clauses: readonly { consensus?: { outcome: ConsensusOutcome } }[] }[] }): { byConsensus: number; byFallback: number; withoutCheck: number } {
  const summary = { byConsensus: 0, byFallback: 0, withoutCheck: 0 };
  for (const section of document.sections) {
    for (const clause of section.clauses) {
      if (!clause.consensus) summary.withoutCheck += 1;
      else if (clause.consensus.outcome === 'decided_by_fallback') summary.byFallback += 1;
      else summary.byConsensus += 1;
    }
  }
  return summary;
}

/** The digest signatories sign: hex(SHA-256(UTF-8(JCS(document)))). */
export function charterDigest(document: CharterDocument): string {
  return canonicalHash(document);
}
