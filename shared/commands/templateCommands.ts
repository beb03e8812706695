/**
 * A service template as the commands that start a workshop from it: the user groups, the
 * stakeholder cards, then one proposed clause per draft, in charter order. The facilitator issues
 * them through the ordinary command pipeline, so the event log records each one as the
 * facilitator's input, and every clause's rationale opens with `TEMPLATE_MARK` and the
 * template's name: the room sees that the text came from a template, and what to check locally.
 */
import type { ClauseId, ClauseVersionId, StakeholderId, UserGroupId } from '../schema/ids';
import type { ServiceTemplate, TemplateClause } from '../schema/serviceTemplates';
import { templateClauses } from '../schema/serviceTemplates';
import type { CommandOf } from './commandSchema';

/** How every template clause's rationale begins, so a reader (and a test) can tell where it came from. */
export const TEMPLATE_MARK = 'Rancangan dari templat layanan';

/**
 * The research tags in a source ([V] verified, [P] partly, [M] from memory) in words the room
 * reads: what was not checked against the official text says so.
 */
export function sourceInWords(source: string): string {
  return source
    .replace(/\s*\[V[^\]]*\]/g, '')
    .replace(/\[P\]/g, '(sebagian sudah diperiksa)')
    .replace(/\[M\]/g, '(belum diperiksa pada naskah resmi)');
}

export function templateRationale(template: ServiceTemplate, clause: TemplateClause): string {
  const parts = [`${TEMPLATE_MARK} «${template.name.id}».`, clause.why, `Sumber: ${sourceInWords(clause.source)}.`];
  if (clause.localCheck) parts.push(`Perlu diperiksa kantor setempat: ${clause.localCheck}`);
  return parts.join(' ');
}

export type TemplateCommand = CommandOf<'addUserGroup'> | CommandOf<'addStakeholder'> | CommandOf<'proposeClause'>;

export interface TemplateStart {
  commands: TemplateCommand[];
  /** clauseId -> paragraphs of the clause's working text (the draft's words), for the content document. */
  clauseDrafts: Record<string, string[]>;
}

/** The commands that bring `template` into a new workshop; `newId` mints each record's id. */
export function templateCommands(template: ServiceTemplate, newId: () => string): TemplateStart {
  const commands: TemplateCommand[] = [];
  const groupIds = new Map<string, UserGroupId>();
  for (const { key, ...group } of template.userGroups) {
    const id = newId() as UserGroupId;
    groupIds.set(key, id);
    commands.push({ type: 'addUserGroup', userGroup: { id, ...group } });
  }
  for (const { key: _key, isVulnerableGroupRep, ...card } of template.stakeholders) {
    const id = newId() as StakeholderId;
    commands.push({
      type: 'addStakeholder',
      stakeholder: { id, ...card, userGroupIds: [], isVulnerableGroupRep: isVulnerableGroupRep ?? false, publishNameConsent: false },
    });
  }
  const clauseDrafts: Record<string, string[]> = {};
  for (const clause of templateClauses(template)) {
    const clauseId = newId() as ClauseId;
    const versionId = newId() as ClauseVersionId;
    const groups = (clause.groups ?? []).map((key) => {
      const id = groupIds.get(key);
      if (!id) throw new Error(`template ${template.id} names unknown user group ${key}`);
      return id;
    });
    commands.push({
      type: 'proposeClause',
      clauseId,
      versionId,
      sectionCode: clause.section,
      text: clause.text,
      rationale: templateRationale(template, clause),
      obligatedParty: clause.obligatedParty,
      ...(clause.answersFailureOf ? { answersFailureOf: clause.answersFailureOf } : {}),
      ...(clause.legalBasis ? { legalBasis: clause.legalBasis } : {}),
      ...(clause.commitment ? { commitment: clause.commitment } : {}),
      ...(groups.length > 0 ? { userGroupIds: groups } : {}),
    });
    // Only the clause's words: the amendment form starts from the working text, so a note here
    // would end up in the next version. What to check locally is in the rationale.
    clauseDrafts[clauseId] = clause.text.id.split('\n');
  }
  return { commands, clauseDrafts };
}
