import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/schema/participants';
import { allowRejoin, revokeParticipant, setRole } from '../../actions/people';
import { useCommand } from '../../actions/useCommand';
import { categoryLabel, sectorLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { usePresence } from '../presence/usePresence';
import { peopleBySector } from './peopleModel';
import { PersonalLink } from './PersonalLink';

/** The facilitator team's own links come from the server owner's page, not from here. */
const hasPersonalLink = (role: Role) => role !== 'facilitator' && role !== 'co_facilitator';

/** Everyone who joined, by sector: online or not, role, revoke, enter input for them. */
export function PeoplePanel() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const command = useCommand();
  const online = new Set(usePresence(session.content.provider.awareness).flatMap((u) => (u.participantId ? [u.participantId] : [])));
  const everyone = Object.values(session.state?.participants ?? {});
  const groups = peopleBySector(everyone.filter((p) => !p.revoked));
  // Revoked people whose browser is still refused at the join form (device_revoked).
  const blocked = everyone.filter((p) => p.revoked && !p.rejoinAllowed);
  const mayRole = session.may('setRole');
  const revoke = (id: string, name: string) => {
    const reason = window.prompt(t('people.revokeConfirm', { name }));
    if (reason !== null) void command.run(revokeParticipant(id, reason));
  };
  return (
    <section className="panel" aria-labelledby="people-title" data-testid="people-panel">
      <h2 id="people-title">{t('people.title')}</h2>
      <RefusalNotice runner={command} />
      {groups.map((g) => (
        <section key={g.sector ?? 'none'} className="people-group" data-testid="people-group" data-sector={g.sector ?? 'none'}>
          <h3>
            {g.sector ? sectorLabel(g.sector, i18n.language) : t('people.noSector')} ({g.people.length})
          </h3>
          <ul className="people-list">
            {g.people.map((p) => (
              <li key={p.id} className="person" data-testid="person" data-name={p.displayName}>
                <span className={`person__dot${online.has(p.id) ? ' is-online' : ''}`} aria-hidden="true" />
                <span className="person__name">
                  {p.displayName}
                  <span className="visually-hidden">{online.has(p.id) ? t('people.online') : t('people.offline')}</span>
                </span>
                {p.category && <span className="person__category">{categoryLabel(p.category, i18n.language)}</span>}
                <select className="input input--small" value={p.role} disabled={!mayRole || command.busy || p.id === session.me.participantId}
                  aria-label={t('people.roleOf', { name: p.displayName })} onChange={(e) => command.run(setRole(p.id, e.target.value as Role))}
                  data-testid="person-role">
                  {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
                </select>
                {p.role === 'participant' && p.sector && (
                  <button type="button" className="button button--small" onClick={() => session.setActFor(p.id)} data-testid="person-act-for">
                    {t('people.actForShort')}
                  </button>
                )}
                {mayRole && p.id !== session.me.participantId && (
                  <button type="button" className="button button--small button--danger" onClick={() => revoke(p.id, p.displayName)}>
                    {t('people.revoke')}
                  </button>
                )}
                {mayRole && hasPersonalLink(p.role) && <PersonalLink participantId={p.id} name={p.displayName} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {blocked.length > 0 && (
        <section className="people-group" data-testid="people-revoked">
          <h3>{t('people.revokedTitle')} ({blocked.length})</h3>
          <p className="field__hint">{t('people.revokedHint')}</p>
          <ul className="people-list">
            {blocked.map((p) => (
              <li key={p.id} className="person" data-testid="person-revoked" data-name={p.displayName}>
                <span className="person__name">{p.displayName}</span>
                {session.may('allowRejoin') && (
                  <button type="button" className="button button--small" disabled={command.busy} onClick={() => command.run(allowRejoin(p.id))}
                    data-testid="person-allow-rejoin">
                    {t('people.allowRejoin', { name: p.displayName })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
