import { useTranslation } from 'react-i18next';
import { type CoverageRow, coverageRows } from '../../../../shared/state/coverage';
import { entryOf } from '../../../../shared/schema/records';
import type { SurveyElementCode } from '../../../../shared/schema/surveyElements';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { elementName } from './surveyView';

/**
 * The facilitator's coverage view: each user group and each low survey element (and the rows
 * passed in, such as complaint themes) with the clauses (K-numbers) that answer it; those no
 * clause answers come first and are highlighted.
 */
export function CoveragePanel({ extraRows = [] }: { extraRows?: readonly CoverageRow[] }) {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  if (!state) return null;
  const lang = i18n.language;
  const rows = coverageRows(state, extraRows);
  const statusOf = new Map(Object.values(state.clauses).map((c) => [c.number, c.status] as const));
  const uncovered = rows.filter((r) => r.clauseNumbers.length === 0).length;
  const labelOf = (row: CoverageRow) => {
    if (row.kind === 'surveyElement') return `${row.id} ${elementName(row.id as SurveyElementCode, lang)}`;
    if (row.kind === 'userGroup') return textIn(entryOf(state.userGroups, row.id)?.name, lang) || row.label;
    return row.label;
  };
  return (
    <section className="panel coverage" aria-labelledby="coverage-title" data-testid="coverage-panel">
      <h2 id="coverage-title">{t('coverage.title')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('coverage.empty')}</p>
      ) : (
        <>
          <p className="field__hint">{t('coverage.intro')}</p>
          {uncovered > 0 && <p className="notice notice--warn" role="status">{t('coverage.uncovered', { count: uncovered })}</p>}
          <div className="table-scroll">
          <table className="coverage__table">
            <thead>
              <tr>
                <th scope="col">{t('coverage.what')}</th>
                <th scope="col">{t('coverage.clauses')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.kind}:${row.id}`} className={row.clauseNumbers.length === 0 ? 'coverage__row--uncovered' : undefined}
                  data-testid="coverage-row" data-kind={row.kind} data-id={row.id} data-covered={row.clauseNumbers.length > 0}>
                  <th scope="row">
                    <span className="coverage__kind">{t(`coverage.kind.${row.kind}`)}</span> {labelOf(row)}
                  </th>
                  <td>
                    {row.clauseNumbers.length === 0 ? (
                      <strong>{t('coverage.noClause')}</strong>
                    ) : (
                      row.clauseNumbers.map((n) => `K${n} (${t(`clauseStatus.${statusOf.get(n) ?? 'proposed'}`)})`).join(', ')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      )}
    </section>
  );
}
