import { useTranslation } from 'react-i18next';
import { formatCommitment, type Lang } from '../../../../shared/charter/charterText';
import { aspirationGap, type Clause, type Commitment, clauseLabel, conditionIdOf, dependentsOf } from '../../../../shared/schema/clauses';
import { entryOf } from '../../../../shared/schema/records';
import { formatMeasure } from './Measure';

/** "5 hari kerja", or phased: "Sekarang 10 hari kerja; mulai 1 Juli 2027: 5 hari kerja". */
export function CommitmentText({ commitment }: { commitment: Commitment | undefined }) {
  const { t, i18n } = useTranslation();
  if (!commitment) return <>—</>;
  const lang: Lang = i18n.language.startsWith('en') ? 'en' : 'id';
  return <>{formatCommitment(commitment, lang, (m) => formatMeasure(m, t, i18n.language) ?? '')}</>;
}

/** The links of a promise and its condition, as labels: depends on "K12", condition for ["K7"]. */
export function conditionLinks(clause: Clause, clauses: Readonly<Record<string, Clause>> | undefined): { dependsOn?: string; conditionFor: string[] } {
  const conditionId = conditionIdOf(clause);
  const condition = conditionId ? entryOf(clauses, conditionId) : undefined;
  return {
    ...(conditionId ? { dependsOn: condition ? clauseLabel(condition) : 'K?' } : {}),
    conditionFor: dependentsOf(Object.values(clauses ?? {}), clause.id).map(clauseLabel),
  };
}

/** "bergantung pada K12" / "syarat untuk K7": shown on both clauses. */
export function ConditionLinks({ clause, clauses }: { clause: Clause; clauses: Readonly<Record<string, Clause>> | undefined }) {
  const { t } = useTranslation();
  const links = conditionLinks(clause, clauses);
  if (!links.dependsOn && links.conditionFor.length === 0) return null;
  return (
    <span className="clause-links">
      {links.dependsOn && <span className="badge badge--link" data-testid="clause-depends-on">{t('clause.dependsOn', { clause: links.dependsOn })}</span>}
      {links.conditionFor.length > 0 && (
        <span className="badge badge--link" data-testid="clause-condition-for">{t('clause.conditionFor', { clauses: links.conditionFor.join(', ') })}</span>
      )}
    </span>
  );
}

/** Users' ask in words, and how far the commitment falls short of the ask in numbers where both exist. */
export function AskDetails({ clause }: { clause: Clause }) {
  const { t, i18n } = useTranslation();
  const gap = aspirationGap(clause);
  const shortfall = gap?.shortfallFromAsk;
  return (
    <>
      {clause.usersAskText && <span className="clause__ask-text" lang="id" data-testid="clause-ask-text">{clause.usersAskText}</span>}
      {gap && shortfall !== null && shortfall !== undefined && (
        <span className="clause__gap" data-testid="clause-gap">
          {shortfall > 0 ? t('clause.gapShort', { gap: formatMeasure({ value: shortfall, unit: gap.unit }, t, i18n.language) }) : t('clause.gapMet')}
        </span>
      )}
    </>
  );
}
