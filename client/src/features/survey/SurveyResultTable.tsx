import { useTranslation } from 'react-i18next';
import { skmFromAverages } from '../../../../shared/rules/skm';
import { elementName, elementSections, twoDecimals } from './surveyView';

/** The index, its grade, and the nine elements with their NRR, grade and charter section; low ones marked. */
export function SurveyResultTable({ averages }: { averages: readonly number[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const result = skmFromAverages(averages);
  return (
    <>
      <p className="survey__index" data-testid="survey-index">
        <span>
          {t('survey.converted')}: <strong data-testid="survey-ikm">{twoDecimals(result.converted, lang)}</strong>
        </span>
        <span>
          {t('survey.grade')}: <strong data-testid="survey-grade">{t(`survey.grades.${result.grade}`)}</strong>
        </span>
      </p>
      <div className="table-scroll">
      <table className="survey__table">
        <thead>
          <tr>
            <th scope="col">{t('survey.element')}</th>
            <th scope="col">{t('survey.nrr')}</th>
            <th scope="col">{t('survey.grade')}</th>
            <th scope="col" className="survey__section-col">{t('survey.section')}</th>
          </tr>
        </thead>
        <tbody>
          {result.elements.map((e) => (
            <tr key={e.code} className={e.low ? 'survey__row--low' : undefined} data-testid="survey-element" data-element={e.code} data-low={e.low}>
              <th scope="row">
                {e.code} {elementName(e.code, lang)}
                <span className="survey__section-inline">
                  {t('survey.section')}: {elementSections(e.code, lang)}
                </span>
              </th>
              <td>{twoDecimals(e.nrr, lang)}</td>
              <td>
                {e.grade}
                {e.low && <span className="survey__low"> · {t('survey.low')}</span>}
              </td>
              <td className="survey__section-col">{elementSections(e.code, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <p className="field__hint">{t('survey.lowHint')}</p>
    </>
  );
}
