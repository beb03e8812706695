/**
 * The frozen charter as a verifiable artefact (design.md §Architecture 5): the agreed text per
 * section with its provenance (who proposed each version, from which sector), the consensus
 * record (per-sector counts, reservations, stand-asides, dissent, minority report), dot-vote
 * priority per sector, sections marked not applicable, signatories, and the head of the event
 * log at freeze time. Its digest, hex(SHA-256(JCS(document))), is what signatories sign.
 *
 * Pitfall: build it from the state right after `charterFrozen` is applied, and pass the log head
 * that includes that event; any later event (even a new participant joining) does not change
 * the document, but a different head does.
 */
import type { ConsensusRecord, DecisionRule } from '../rules/consensus';
import type { ConsensusPresetId } from '../rules/consensusPresets';
import type { SectorCounts } from '../rules/dotVote';
import { tallyVoteRound } from '../rules/dotVote';
import type { SignatoryCapacity } from '../rules/signatories';
import type { ParticipantId } from '../schema/ids';
import type { Sector } from '../schema/stakeholders';
import type { BilingualText } from '../schema/text';
import { SCHEMA_VERSION } from '../schema/version';
import type { WorkshopState } from '../state/workshopState';
import { activeSignatories, sectorOf } from '../state/workshopState';
import { canonicalHash } from './canonical';
import type { Clause, ClauseVersion, Measure } from './clauses';
import { currentVersion, isAgreedStatus } from './clauses';
import type { ChainHead } from './eventChain';
import { CHARTER_SECTIONS } from './sections';

export const CHARTER_FORMAT = 'mufakat-charter/1';

export interface CharterClause {
  id: string;
  status: Clause['status'];
  current: Omit<ClauseVersion, 'id' | 'parentVersionId'> & { versionId: string };
  usersAsk?: Measure;
  providerBaseline?: Measure;
  /** Every version from the first proposal to the agreed one. */
  history: { versionId: string; parentVersionId: string | null; proposedBy: ParticipantId; proposerSector: Sector | null; enteredBy?: ParticipantId; createdAt: string; text: BilingualText }[];
  consensus?: { preset: ConsensusPresetId; rule: DecisionRule } & Omit<ConsensusRecord, 'recordedBy' | 'recordedAt'>;
  dots?: { total: number; bySector: SectorCounts };
}

export interface CharterDocument {
  format: typeof CHARTER_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  workshopId: string;
  charterVersion: number;
  frozenAt: string;
  frozenBy: ParticipantId;
  logHead: ChainHead | null;
  sections: { code: string; name: { id: string; en: string }; notApplicable?: BilingualText; clauses: CharterClause[] }[];
  signatories: { participantId: ParticipantId; displayName: string; capacity: SignatoryCapacity; sector: Sector | null }[];
}

function history(clause: Clause): CharterClause['history'] {
  const chain: CharterClause['history'] = [];
  let version: ClauseVersion | undefined = currentVersion(clause);
  while (version) {
    const v: ClauseVersion = version;
    const { enteredBy } = v;
    chain.unshift({ versionId: v.id, parentVersionId: v.parentVersionId, proposedBy: v.proposedBy, proposerSector: v.proposerSector, ...(enteredBy ? { enteredBy } : {}), createdAt: v.createdAt, text: v.text });
    version = v.parentVersionId ? clause.versions[v.parentVersionId] : undefined;
  }
  return chain;
}

/** Dots the clause received in revealed rounds, summed over rounds, per sector. */
function dotsFor(state: WorkshopState, clause: Clause): CharterClause['dots'] {
  let total = 0;
  const bySector: SectorCounts = { government: 0, private: 0, civil_society: 0 };
  for (const round of Object.values(state.voteRounds)) {
    if (round.status !== 'revealed') continue;
    const tally = tallyVoteRound(round, sectorOf(state));
    for (const option of round.options.filter((o) => o.clauseId === clause.id)) {
      total += tally.total[option.id] ?? 0;
      for (const sector of Object.keys(bySector) as Sector[]) bySector[sector] += tally.bySector[option.id]?.[sector] ?? 0;
    }
  }
  return total > 0 ? { total, bySector } : undefined;
}

function charterClause(state: WorkshopState, clause: Clause): CharterClause {
  const { id: versionId, parentVersionId: _p, ...current } = currentVersion(clause);
  const check = clause.agreedByCheckId ? state.consensusChecks[clause.agreedByCheckId] : undefined;
  const { recordedBy: _by, recordedAt: _at, ...record } = check?.record ?? ({} as Partial<ConsensusRecord>);
  const dots = dotsFor(state, clause);
  return {
    id: clause.id,
    status: clause.status,
    current: { versionId, ...current },
    ...(clause.usersAsk ? { usersAsk: clause.usersAsk } : {}),
    ...(clause.providerBaseline ? { providerBaseline: clause.providerBaseline } : {}),
    history: history(clause),
    ...(check?.record ? { consensus: { preset: check.preset, rule: check.rule, ...(record as Omit<ConsensusRecord, 'recordedBy' | 'recordedAt'>) } } : {}),
    ...(dots ? { dots } : {}),
  };
}

export function buildCharterDocument(state: WorkshopState, logHead: ChainHead | null): CharterDocument {
  if (!state.freeze) throw new Error('the charter is not frozen');
  const agreed = Object.values(state.clauses).filter((c) => isAgreedStatus(c.status)).sort((a, b) => a.id.localeCompare(b.id));
  const sections = CHARTER_SECTIONS.flatMap((section) => {
    const clauses = agreed.filter((c) => c.sectionCode === section.code).map((c) => charterClause(state, c));
    const na = state.notApplicable[section.code as keyof typeof state.notApplicable];
    if (clauses.length === 0 && !na) return [];
    return [{ code: section.code, name: section.name, ...(na ? { notApplicable: na.reason } : {}), clauses }];
  });
  const signatories = activeSignatories(state).map((s) => ({
    participantId: s.participantId,
    displayName: state.participants[s.participantId]?.displayName ?? '',
    capacity: s.capacity,
    sector: s.sector,
  }));
  const { charterVersion, frozenAt, frozenBy } = state.freeze;
  return { format: CHARTER_FORMAT, schemaVersion: SCHEMA_VERSION, workshopId: state.workshopId, charterVersion, frozenAt, frozenBy, logHead, sections, signatories };
}

/** The digest signatories sign: hex(SHA-256(UTF-8(JCS(document)))). */
export function charterDigest(document: CharterDocument): string {
  return canonicalHash(document);
}
