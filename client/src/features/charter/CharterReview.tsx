import { useTranslation } from 'react-i18next';
import type { CharterDocument } from '../../../../shared/charter/charterDocument';
import { charterDecisionSummary } from '../../../../shared/charter/charterDocument';
import { capacityLabel, decisionSummaryText, komparisiText, LABELS, notApplicableDecisionText } from '../../../../shared/charter/charterText';
import { textIn } from '../../i18n/text';
import { ServiceFlowChart } from '../serviceFlow/ServiceFlowChart';
import { formatWhen, langOf } from '../signing/format';
import { CharterClauseView } from './CharterClauseView';

/** The frozen charter, exactly as hashed and signed, in large readable type. */
export function CharterReview({ charter }: { charter: CharterDocument }) {
  const { t, i18n } = useTranslation();
  const people = new Map(Object.values(charter.participantsBySector).flat().map((p) => [p.participantId as string, p.displayName]));
  for (const s of charter.signatories) people.set(s.participantId, s.displayName);
  const nameOf = (id: string) => people.get(id) ?? id;
  const partnerName = (id: string) => charter.stakeholders.find((s) => s.id === id)?.name;
  const lang = langOf(i18n.language);
  const allClauses = charter.sections.flatMap((section) => section.clauses);
  return (
    <article className="charter-review" aria-labelledby="charter-review-title" data-testid="charter-review">
      <header className="charter-review__header">
        <p className="charter-review__kind">{textIn(LABELS.charter, i18n.language)}</p>
        <h2 id="charter-review-title">{charter.workshop.serviceName}</h2>
        <p className="field__hint">
          {charter.workshop.title} · {t('signOff.version', { version: charter.charterVersion, at: formatWhen(charter.frozenAt, i18n.language) })}
        </p>
        <p className="field__hint" data-testid="charter-decision-summary">
          <strong>{textIn(LABELS.summary, i18n.language)}:</strong> {decisionSummaryText(charterDecisionSummary(charter), i18n.language.startsWith('en') ? 'en' : 'id')}
        </p>
      </header>
      {charter.sections.map((section, s) => (
        <section key={section.code} className="charter-section" aria-labelledby={`charter-section-${section.code}`} data-testid="charter-section" data-code={section.code}>
          <h3 id={`charter-section-${section.code}`}>
            {s + 1}. {textIn(section.name, i18n.language)}
          </h3>
          {section.notApplicable ? (
            <p className="charter-section__na">
              <strong>{textIn(LABELS.notApplicable, i18n.language)}:</strong> {textIn(section.notApplicable, i18n.language)}
              {section.notApplicableDecision && <> ({notApplicableDecisionText(section.notApplicableDecision, lang)})</>}
            </p>
          ) : section.clauses.length === 0 ? (
            <p className="empty">{t('signOff.noClauses')}</p>
          ) : (
            section.clauses.map((clause, c) => <CharterClauseView key={clause.id} clause={clause} number={`${s + 1}.${c + 1}`} nameOf={nameOf} partnerName={partnerName} all={allClauses} />)
          )}
        </section>
      ))}
      {charter.content.serviceFlow.length > 0 && (
        <section className="charter-section" aria-labelledby="charter-flow-title">
          <h3 id="charter-flow-title">{textIn(LABELS.serviceFlow, i18n.language)}</h3>
          <ServiceFlowChart steps={charter.content.serviceFlow} />
        </section>
      )}
      {charter.maklumat.length > 0 && (
        <section className="charter-section charter-maklumat" aria-labelledby="charter-maklumat-title" data-testid="charter-maklumat">
          <h3 id="charter-maklumat-title">{textIn(LABELS.maklumat, i18n.language)}</h3>
          {charter.maklumat.map((m) => (
            <p key={m.clauseId} className="charter-maklumat__text">
              {textIn(m.text, i18n.language)}
            </p>
          ))}
        </section>
      )}
      {charter.signatories.length > 0 && (
        <section className="charter-section" aria-labelledby="charter-parties-title" data-testid="charter-parties">
          <h3 id="charter-parties-title">{textIn(LABELS.signatures, i18n.language)}</h3>
          <ul className="charter-parties">
            {charter.signatories.map((s) => {
              const komparisi = komparisiText(s, lang);
              return (
                <li key={`${s.participantId}-${s.capacity}`} data-testid="charter-party" data-capacity={s.capacity}>
                  <strong>{capacityLabel(s.capacity)[lang]}</strong>: {s.displayName}
                  {komparisi && <span className="field__hint" data-testid="charter-komparisi">, {komparisi}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p className="field__hint">{t('signOff.stakeholders', { count: charter.stakeholders.length })}</p>
    </article>
  );
}
