import type { Command } from '../../../shared/commands/commandSchema';
import type { ClauseStatus, Commitment, Measure, ObligatedParty } from '../../../shared/schema/clauses';
import type { SectionCode } from '../../../shared/schema/sections';
import type { ClauseId, ClauseVersionId, ConsensusCheckId } from '../../../shared/schema/ids';
import { newRecordId } from './newRecordId';

export interface VersionDraft {
  textId: string;
  textEn?: string;
  rationale: string;
  obligatedParty: ObligatedParty;
  /** A bare measure is a commitment that applies now. */
  commitment?: Measure | Commitment;
  usersAsk?: Measure;
  providerBaseline?: Measure;
  /** Users' ask in words. */
  usersAskText?: string;
  /** The condition clause this promise rests on. */
  conditionClauseId?: string;
}

const asCommitment = (c: Measure | Commitment): Commitment => ('phasing' in c ? c : { phasing: 'now', measure: c });

/** The fields of a version, without empty optionals (JCS drops undefined; zod rejects ''). */
function content(draft: VersionDraft) {
  const en = draft.textEn?.trim();
  const askText = draft.usersAskText?.trim();
  return {
    text: { id: draft.textId.trim(), ...(en ? { en } : {}) },
    rationale: draft.rationale.trim(),
    obligatedParty: draft.obligatedParty,
    ...(draft.commitment ? { commitment: asCommitment(draft.commitment) } : {}),
    ...(draft.usersAsk ? { usersAsk: draft.usersAsk } : {}),
    ...(draft.providerBaseline ? { providerBaseline: draft.providerBaseline } : {}),
    ...(askText ? { usersAskText: askText } : {}),
    ...(draft.conditionClauseId ? { conditionClauseId: draft.conditionClauseId as ClauseId } : {}),
  };
}

export function proposeClause(sectionCode: SectionCode, draft: VersionDraft): Command {
  return { type: 'proposeClause', clauseId: newRecordId<ClauseId>(), versionId: newRecordId<ClauseVersionId>(), sectionCode, ...content(draft) };
}

export function amendClause(clauseId: string, parentVersionId: string, draft: VersionDraft): Command {
  return {
    type: 'amendClause',
    clauseId: clauseId as ClauseId,
    versionId: newRecordId<ClauseVersionId>(),
    parentVersionId: parentVersionId as ClauseVersionId,
    ...content(draft),
  };
}

export function setClauseStatus(clauseId: string, status: ClauseStatus, checkId?: string): Command {
  return { type: 'setClauseStatus', clauseId: clauseId as ClauseId, status, ...(checkId ? { checkId: checkId as ConsensusCheckId } : {}) };
}
