import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_MARK } from '../../../../shared/commands/templateCommands';
import { type Clause, currentVersion } from '../../../../shared/schema/clauses';
import { entryOf } from '../../../../shared/schema/records';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { clauseStatusText, commitmentLabelKey } from './clauseView';
import { MeasureText } from './Measure';
import { ClauseParties } from './PartyFields';
import { AskDetails, CommitmentText, ConditionLinks } from './CapacityText';

/**
 * One clause: its number, status and current text, with the users' ask, the provider's
 * baseline and the commitment (proposed until agreed) side by side (the balance the charter strikes).
 */
export function ClauseCard({ clause, number, children, big = false }: { clause: Clause; number: string; children?: ReactNode; big?: boolean }) {
  const { t, i18n } = useTranslation();
  const version = currentVersion(clause);
  const { state } = useSession();
  const status = clauseStatusText(clause, state, i18n.language, (s) => t(`clauseStatus.${s}`));
  const groupNames = (version.userGroupIds ?? []).map((g) => textIn(entryOf(state?.userGroups, g)?.name, i18n.language) || g);
  return (
    <article className={`clause${big ? ' clause--big' : ''}`} data-testid="clause" data-clause-id={clause.id} data-number={number} data-status={clause.status}
      aria-labelledby={`clause-${clause.id}-title`}>
      <header className="clause__header">
        <h4 id={`clause-${clause.id}-title`} className="clause__number">{number}</h4>
        <span className={`badge badge--${status.fallback ? 'decided_by_fallback' : clause.status}`} data-testid="clause-status" data-fallback={status.fallback || undefined}>
          {status.text}
        </span>
        {version.rationale.startsWith(TEMPLATE_MARK) && (
          <span className="badge badge--link" data-testid="clause-from-template" title={t('clause.fromTemplateHint')}>{t('clause.fromTemplate')}</span>
        )}
        <ClauseParties version={version} />
        <ConditionLinks clause={clause} clauses={state?.clauses} />
      </header>
      <p className="clause__text" data-testid="clause-text" lang="id">
        {version.text.id}
      </p>
      {version.text.en && i18n.language.startsWith('en') && (
        <p className="clause__text clause__text--en" lang="en">
          {version.text.en}
        </p>
      )}
      {(version.legalBasis || groupNames.length > 0) && (
        <p className="clause__source">
          {version.legalBasis && <span data-testid="clause-legal-basis">{t('clause.legalBasisShown', { basis: version.legalBasis })}</span>}
          {groupNames.length > 0 && <span data-testid="clause-user-groups">{t('clause.userGroupsShown', { names: groupNames.join(', ') })}</span>}
        </p>
      )}
      <dl className="clause__measures">
        <div data-testid="clause-ask">
          <dt>{t('clause.usersAsk')}</dt>
          <dd><MeasureText measure={clause.usersAsk} /> <AskDetails clause={clause} /></dd>
        </div>
        <div data-testid="clause-baseline">
          <dt>{t('clause.providerBaseline')}</dt>
          <dd><MeasureText measure={clause.providerBaseline} /></dd>
        </div>
        <div data-testid="clause-commitment" className="clause__commitment">
          <dt>{t(commitmentLabelKey(clause.status, status.fallback))}</dt>
          <dd><CommitmentText commitment={version.commitment} /></dd>
        </div>
      </dl>
      {children}
    </article>
  );
}

/** Section title in the UI language. */
export function SectionTitle({ name, level = 3 }: { name: { id: string; en: string }; level?: 3 | 2 }) {
  const { i18n } = useTranslation();
  const Tag = level === 2 ? 'h2' : 'h3';
  return <Tag className="section-title">{textIn(name, i18n.language)}</Tag>;
}
