import { useTranslation } from 'react-i18next';
import type { CharterClause } from '../../../../shared/charter/charterDocument';
import { clausePartyTexts, formatCommitment, formatMeasure, LABELS } from '../../../../shared/charter/charterText';
import { capacityFacts } from '../../../../shared/charter/charterMarkdown';
import { langOf } from '../signing/format';
import { textIn } from '../../i18n/text';
import { sectorInSentence } from '../../i18n/labels';
import { ConsensusSummary } from './ConsensusSummary';

/** One agreed clause as signed: text in both languages, commitment, ask and baseline, consensus. */
export function CharterClauseView({ clause, number, nameOf, partnerName = () => undefined, all = [] }: {
  clause: CharterClause;
  number: string;
  nameOf: (id: string) => string;
  /** The partner's name by stakeholder card, for clauses that bind a partner. */
  partnerName?: (id: string) => string | undefined;
  /** Every clause of the charter, to name the condition a promise rests on and what a condition is for. */
  all?: readonly CharterClause[];
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { text, commitment } = clause.current;
  const other = lang === 'en' ? text.id : text.en;
  const first = clause.history[0];
  const capacity = capacityFacts(clause, all, lang);
  return (
    <article className="charter-clause" data-testid="charter-clause" data-clause-id={clause.id}>
      <p className="charter-clause__text">
        <span className="charter-clause__number">{number}</span> {textIn(text, i18n.language)}
      </p>
      {other && other !== textIn(text, i18n.language) && <p className="charter-clause__other" lang={lang === 'en' ? 'id' : 'en'}>{other}</p>}
      {(commitment || clause.usersAsk || clause.providerBaseline) && (
        <dl className="charter-clause__measures">
          {commitment && (
            <div>
              <dt>{textIn(LABELS.commitment, lang)}</dt>
              <dd data-testid="charter-commitment">{formatCommitment(commitment, lang)}</dd>
            </div>
          )}
          {clause.usersAsk && (
            <div>
              <dt>{textIn(LABELS.usersAsk, lang)}</dt>
              <dd>{formatMeasure(clause.usersAsk, lang)}</dd>
            </div>
          )}
          {clause.providerBaseline && (
            <div>
              <dt>{textIn(LABELS.providerBaseline, lang)}</dt>
              <dd>{formatMeasure(clause.providerBaseline, lang)}</dd>
            </div>
          )}
        </dl>
      )}
      {clausePartyTexts(clause.current, partnerName, lang).map((line) => (
        <p key={line} className="charter-clause__party" data-testid="charter-clause-party">{line}</p>
      ))}
      {capacity.length > 0 && <p className="charter-clause__capacity" data-testid="charter-capacity">{capacity.join(' · ')}</p>}
      {clause.consensus && <ConsensusSummary consensus={clause.consensus} nameOf={nameOf} />}
      <p className="field__hint">
        {t(`clauseStatus.${clause.status}`)}
        {first?.proposerSector && <> · {t('signOff.proposedBy', { sector: sectorInSentence(first.proposerSector, lang) })}</>}
        {clause.dots && <> · {t('signOff.dots', { count: clause.dots.total })}</>}
      </p>
    </article>
  );
}
