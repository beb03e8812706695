import type { Command } from '../../../shared/commands/commandSchema';
import type { ClauseStatus, Commitment, FailureParty, Measure, ObligatedParty } from '../../../shared/schema/clauses';
import type { SectionCode } from '../../../shared/schema/sections';
import type { ClauseId, ClauseVersionId, ConsensusCheckId, StakeholderId, UserGroupId } from '../../../shared/schema/ids';
import { newRecordId } from './newRecordId';

export interface VersionDraft {
  textId: string;
  textEn?: string;
  rationale: string;
  obligatedParty: ObligatedParty;
  /** The partner's stakeholder card, sent only when the clause names a partner. */
  partnerId?: string;
  /** Sanctions and compensation only: whose failure the clause answers. */
  answersFailureOf?: FailureParty;
  /** A bare measure is a commitment that applies now. */
  commitment?: Measure | Commitment;
  usersAsk?: Measure;
  providerBaseline?: Measure;
  /** "UU 25/2009 Pasal 18 huruf a": the rule the clause rests on, when one is cited. */
  legalBasis?: string;
  /** The user groups the clause concerns; none for a clause that concerns everyone. */
  userGroupIds?: readonly string[];
  /** Users' ask in words. */
  usersAskText?: string;
  /** The condition clause this promise rests on. */
  conditionClauseId?: string;
}

const asCommitment = (c: Measure | Commitment): Commitment => ('phasing' in c ? c : { phasing: 'now', measure: c });

/** The fields of a version, without empty optionals (JCS drops undefined; zod rejects ''). */
function content(draft: VersionDraft) {
  const en = draft.textEn?.trim();
  const legalBasis = draft.legalBasis?.trim();
  const userGroupIds = [...new Set(draft.userGroupIds ?? [])] as UserGroupId[];
  const askText = draft.usersAskText?.trim();
  return {
    text: { id: draft.textId.trim(), ...(en ? { en } : {}) },
    rationale: draft.rationale.trim(),
    obligatedParty: draft.obligatedParty,
    ...(draft.answersFailureOf ? { answersFailureOf: draft.answersFailureOf } : {}),
    ...(draft.partnerId && (draft.obligatedParty === 'partner' || draft.answersFailureOf === 'partner') ? { partnerId: draft.partnerId as StakeholderId } : {}),
    ...(draft.commitment ? { commitment: asCommitment(draft.commitment) } : {}),
    ...(draft.usersAsk ? { usersAsk: draft.usersAsk } : {}),
    ...(draft.providerBaseline ? { providerBaseline: draft.providerBaseline } : {}),
    ...(legalBasis ? { legalBasis } : {}),
    ...(userGroupIds.length > 0 ? { userGroupIds } : {}),
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
