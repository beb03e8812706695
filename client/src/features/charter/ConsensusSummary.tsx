import { useTranslation } from 'react-i18next';
import { decisionText, LABELS } from '../../../../shared/charter/charterText';
import type { CharterClause } from '../../../../shared/charter/charterDocument';
import { textIn } from '../../i18n/text';
import { SectorVerdicts } from '../consensus/SectorVerdicts';

/** The consensus record of an agreed clause: outcome, reservations, stand-asides, minority report. */
export function ConsensusSummary({ consensus, nameOf }: { consensus: NonNullable<CharterClause['consensus']>; nameOf: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const { result, minorityReport } = consensus;
  const reservations = result.reservations;
  return (
    <div className="charter-consensus" data-testid="charter-consensus">
      <p>
        {consensus.outcome === 'decided_by_fallback' ? (
          // A fallback decision is not an agreement: say who decided, under which rule.
          <>
            <strong>{textIn(LABELS.decision, i18n.language)}:</strong>{' '}
            <span data-testid="charter-fallback">{decisionText(consensus, i18n.language.startsWith('en') ? 'en' : 'id')}</span>
          </>
        ) : (
          <>
            <strong>{textIn(LABELS.consensus, i18n.language)}:</strong> {t(`consensus.outcome.${consensus.outcome}`)}
          </>
        )}
        {reservations.length > 0 && <> · {t('signOff.reservationsCount', { count: reservations.length })}</>}
        {result.standAsides.length > 0 && <> · {t('signOff.standAsidesCount', { count: result.standAsides.length })}</>}
      </p>
      <SectorVerdicts result={result} />
      {reservations.some((r) => r.text) && (
        <ul className="charter-consensus__notes">
          {reservations.filter((r) => r.text).map((r) => (
            <li key={r.participantId}>
              {nameOf(r.participantId)}: “{r.text}”
            </li>
          ))}
        </ul>
      )}
      {minorityReport && (
        <blockquote className="charter-minority" data-testid="minority-report">
          <p>
            <strong>{textIn(LABELS.minorityReport, i18n.language)}</strong> ({minorityReport.authorIds.map(nameOf).join(', ')})
          </p>
          <p>{textIn(minorityReport.text, i18n.language)}</p>
        </blockquote>
      )}
    </div>
  );
}
