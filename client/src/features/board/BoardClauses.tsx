import { useTranslation } from 'react-i18next';
import { currentVersion } from '../../../../shared/schema/clauses';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { clausesBySection } from '../clauses/clauseView';
import { clauseLabel } from '../../../../shared/schema/clauses';
import { MeasureText } from '../clauses/Measure';

/** Every clause by charter section: users' ask, provider's baseline and commitment side by side. */
export function BoardClauses() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const clauses = Object.values(state?.clauses ?? {});
  const groups = clausesBySection(clauses);
  if (groups.length === 0) return <p className="board__empty">{t('clause.none')}</p>;
  return (
    <table className="board-clauses" data-testid="board-clauses">
      <thead>
        <tr>
          <th scope="col">{t('clause.clause')}</th>
          <th scope="col">{t('clause.usersAsk')}</th>
          <th scope="col">{t('clause.providerBaseline')}</th>
          <th scope="col">{t('clause.commitment')}</th>
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.section.code} data-section={g.section.code}>
          <tr className="board-clauses__section">
            <th scope="rowgroup" colSpan={4}>{textIn(g.section.name, i18n.language)}</th>
          </tr>
          {g.clauses.map((c) => {
            const version = currentVersion(c);
            return (
              <tr key={c.id} data-testid="board-clause" data-status={c.status}>
                <td>
                  <strong>{clauseLabel(c)}</strong> <span className={`badge badge--${c.status}`}>{t(`clauseStatus.${c.status}`)}</span>
                  <span className="board-clauses__text" lang="id">{version.text.id}</span>
                </td>
                <td><MeasureText measure={c.usersAsk} /></td>
                <td><MeasureText measure={c.providerBaseline} /></td>
                <td className="board-clauses__commitment"><MeasureText measure={version.commitment?.measure} /></td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
