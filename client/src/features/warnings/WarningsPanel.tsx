import { useTranslation } from 'react-i18next';
import { sectorInSentence } from '../../i18n/labels';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { usePresence } from '../presence/usePresence';
import { placedCards } from '../stakeholders/gridModel';
import { usePositions } from '../stakeholders/usePositions';
import { representationWarnings } from './representationWarnings';
import { surveyWarnings } from '../../../../shared/state/coverage';
import { elementName, elementSections, twoDecimals } from '../survey/surveyView';
import { unansweredComplaintThemes } from '../../../../shared/rules/complaintThemes';
import { complaintsOf } from '../../../../shared/state/workshopState';
import { entryOf } from '../../../../shared/schema/records';

/** Who is missing or over-weighted, in words the facilitator can read aloud. */
export function WarningsPanel() {
  const { t, i18n } = useTranslation();
  const { state, content } = useSession();
  const users = usePresence(content.provider.awareness);
  const positions = usePositions();
  if (!state) return null;
  const onlineIds = new Set(users.flatMap((u) => (u.participantId ? [u.participantId] : [])));
  const rounds = Object.values(state.voteRounds);
  const warnings = representationWarnings({
    participants: Object.values(state.participants),
    onlineIds,
    stakeholders: placedCards(Object.values(state.stakeholders), positions),
    rounds,
  });
  // A low survey element whose section holds no agreed clause (issue 17).
  const lowElements = surveyWarnings(state);
  // Evidence without an answer: themes with many complaints and no clause (shared/rules/complaintThemes.ts).
  const evidence = complaintsOf(state);
  const unanswered = unansweredComplaintThemes(Object.values(evidence.complaints), Object.values(evidence.themes), Object.values(state.clauses));
  const optionLabel = (roundId: string, optionId: string) =>
    textIn(entryOf(state.voteRounds, roundId)?.options.find((o) => o.id === optionId)?.label, i18n.language);
  return (
    <section className="panel warnings" aria-labelledby="warnings-title" data-testid="warnings-panel">
      <h2 id="warnings-title">{t('warnings.title')}</h2>
      {warnings.length === 0 && unanswered.length === 0 ? (
        lowElements.length === 0 && <p className="warnings__none">✓ {t('warnings.none')}</p>
      ) : (
        <ul className="warnings__list">
          {warnings.map((w) => (
            <li key={JSON.stringify(w)} className="warning" data-testid="warning" data-code={w.code}>
              <span aria-hidden="true">⚠ </span>
              {w.code === 'sector_absent' && t(w.joined ? 'warnings.sectorOffline' : 'warnings.sectorAbsent', { sector: sectorInSentence(w.sector, i18n.language) })}
              {w.code === 'key_players_government' && t('warnings.keyPlayersGovernment')}
              {w.code === 'sector_dominates' &&
                t('warnings.sectorDominates', { sector: sectorInSentence(w.sector, i18n.language), option: optionLabel(w.roundId, w.optionId) })}
            </li>
          ))}
          {unanswered.map((u) => (
            <li key={`complaints-${u.themeId}`} className="warning" data-testid="warning" data-code="complaint_theme_unanswered">
              <span aria-hidden="true">⚠ </span>
              {t('warnings.complaintThemeUnanswered', { theme: u.name, count: u.count })}
            </li>
          ))}
        </ul>
      )}
      {lowElements.length > 0 && (
        <ul className="warnings__list" data-testid="survey-warnings">
          {lowElements.map((w) => (
            <li key={w.element} className="warning" data-testid="warning" data-code={w.code} data-element={w.element}>
              <span aria-hidden="true">⚠ </span>
              {t('survey.warning', { element: `${w.element} ${elementName(w.element, i18n.language)}`, nrr: twoDecimals(w.nrr, i18n.language), sections: elementSections(w.element, i18n.language) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
