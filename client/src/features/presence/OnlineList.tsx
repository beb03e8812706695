import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from './usePresence';

/** Who is online now, each with their caret colour. */
export function OnlineList({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation();
  const users = usePresence(awareness);
  const others = users.filter((u) => !u.isSelf).length;
  return (
    <section className="online" aria-labelledby="online-title" data-testid="online-list">
      <h2 id="online-title" className="online__title">
        {t('presence.title')} <span className="online__count">({users.length})</span>
      </h2>
      <ul className="online__list">
        {users.map((user) => (
          <li key={user.clientId} className="online__user" data-testid="online-user" data-self={user.isSelf}>
            <span className="online__swatch" style={{ backgroundColor: user.color }} aria-hidden="true" />
            {user.name || t('presence.anonymous')}
            {user.isSelf && <span className="online__self"> {t('presence.you')}</span>}
          </li>
        ))}
      </ul>
      {others === 0 && <p className="online__empty">{t('presence.nobody')}</p>}
    </section>
  );
}
