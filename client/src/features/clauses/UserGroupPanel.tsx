import { useTranslation } from 'react-i18next';
import { clauseLabel, currentVersion } from '../../../../shared/schema/clauses';
import { sectionByCode } from '../../../../shared/schema/sections';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { userGroupCoverage } from './userGroupView';

/**
 * "Kelompok pengguna": each registered user group with the clauses that name it; a group no
 * clause names yet is highlighted, so the room sees who the contract still leaves out.
 */
export function UserGroupPanel() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  if (!state) return null;
  const coverage = userGroupCoverage(state);
  const lang = i18n.language;
  return (
    <section className="panel user-groups" aria-labelledby="user-groups-title" data-testid="user-group-panel">
      <h2 id="user-groups-title">{t('clause.byGroup.title')}</h2>
      {coverage.rows.length === 0 ? (
        <p className="empty">{t('clause.byGroup.none')}</p>
      ) : (
        <>
          <p className="field__hint">{t('clause.byGroup.intro')}</p>
          {coverage.uncovered.length > 0 && (
            <p className="notice notice--warn" role="status" data-testid="user-groups-uncovered">
              {t('clause.byGroup.uncovered', { count: coverage.uncovered.length, names: coverage.uncovered.map((g) => textIn(g.name, lang)).join(', ') })}
            </p>
          )}
          <ul className="user-groups__list">
            {coverage.rows.map(({ group, clauses }) => (
              <li key={group.id} className={`user-groups__group${clauses.length === 0 ? ' user-groups__group--uncovered' : ''}`} data-testid="user-group-row"
                data-group={group.id} data-covered={clauses.length > 0}>
                <h3 className="user-groups__name">{textIn(group.name, lang)}</h3>
                {clauses.length === 0 ? (
                  <p className="user-groups__none">{t('clause.byGroup.noClause')}</p>
                ) : (
                  <ul className="user-groups__clauses">
                    {clauses.map((c) => (
                      <li key={c.id} data-testid="user-group-clause">
                        <strong>{clauseLabel(c)}</strong> {textIn(sectionByCode(c.sectionCode).name, lang)} · {t(`clauseStatus.${c.status}`)}:{' '}
                        <span lang="id">{currentVersion(c).text.id}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {coverage.forEveryone.length > 0 && <p className="field__hint">{t('clause.byGroup.forEveryone', { count: coverage.forEveryone.length })}</p>}
        </>
      )}
    </section>
  );
}
