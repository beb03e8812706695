import { useTranslation } from 'react-i18next';
import { MAX_SCORE, MIN_SCORE, skmFromAverages } from '../../../../shared/rules/skm';
import { surveyOf } from '../../../../shared/state/workshopState';
import { useSession } from '../../session/Session';
import { elementName, elementSections, twoDecimals } from '../survey/surveyView';
import { FitToStage } from './FitToStage';

/**
 * The survey result on the wall: the index (25-100) and its grade large, and the nine elements
 * as bars on the 1-4 scale; those below grade B are marked in words (not by colour alone) with
 * the charter section that should answer them.
 */
export function BoardSurvey() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const survey = surveyOf(state);
  if (!survey) return null;
  const lang = i18n.language;
  const result = skmFromAverages(survey.averages);
  const low = result.elements.filter((e) => e.low);
  return (
    <FitToStage>
      <section className="board-survey" data-testid="board-survey" aria-labelledby="board-survey-title">
        <div className="board-survey__index">
          <h2 id="board-survey-title" className="board-survey__title">{t('survey.board.title')}</h2>
          {survey.label && <p className="board-survey__label">{survey.label}</p>}
          <p className="board-survey__ikm">
            <span className="board-survey__ikm-label">{t('survey.converted')}</span>
            <strong data-testid="board-survey-ikm">{twoDecimals(result.converted, lang)}</strong>
          </p>
          <p className="board-survey__grade" data-testid="board-survey-grade">
            {t('survey.grade')}: <strong>{t(`survey.grades.${result.grade}`)}</strong>
          </p>
          {survey.respondents !== undefined && <p className="board-survey__count">{t('survey.board.respondents', { count: survey.respondents })}</p>}
        </div>
        <div className="board-survey__elements">
          <ol className="board-survey__bars">
            {result.elements.map((e) => (
              <li key={e.code} className={`board-survey__bar${e.low ? ' board-survey__bar--low' : ''}`} data-testid="board-survey-element" data-element={e.code} data-low={e.low}>
                <span className="board-survey__name">
                  {e.code} {elementName(e.code, lang)}
                </span>
                <span className="board-survey__track" aria-hidden="true">
                  <span className="board-survey__fill" style={{ width: `${((e.nrr - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)) * 100}%` }} />
                </span>
                <span className="board-survey__value">
                  {twoDecimals(e.nrr, lang)} {e.grade}
                </span>
              </li>
            ))}
          </ol>
          <h3 className="board-survey__low-title">{low.length ? t('survey.board.lowTitle') : t('survey.board.noLow')}</h3>
          {low.length > 0 && (
            <ul className="board-survey__low" data-testid="board-survey-low">
              {low.map((e) => (
                <li key={e.code}>
                  <strong>
                    {e.code} {elementName(e.code, lang)} ({twoDecimals(e.nrr, lang)})
                  </strong>{' '}
                  → {t('survey.board.section', { sections: elementSections(e.code, lang) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </FitToStage>
  );
}
