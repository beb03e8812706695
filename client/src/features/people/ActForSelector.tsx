import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { canActOnBehalf } from '../../../../shared/commands/permissions';
import { sectorLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';
import { proxyCandidates } from './peopleModel';

/**
 * "Act for": the facilitator enters dots, answers and proposals for someone without a device.
 * Every participant command then carries `onBehalfOf`; the record says who typed it.
 */
export function ActForSelector() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const session = useSession();
  if (!canActOnBehalf(session.me.role)) return null;
  const candidates = proxyCandidates(Object.values(session.state?.participants ?? {}));
  return (
    <div className={`act-for${session.actFor ? ' is-active' : ''}`} data-testid="act-for">
      <label htmlFor={`${id}-who`}>{t('people.actFor')}</label>
      <select id={`${id}-who`} className="input" value={session.actFor?.id ?? ''} onChange={(e) => session.setActFor(e.target.value || null)}
        data-testid="act-for-select">
        <option value="">{t('people.actForNobody')}</option>
        {candidates.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName} ({p.sector ? sectorLabel(p.sector, i18n.language) : ''})
          </option>
        ))}
      </select>
      {session.actFor && (
        <p className="act-for__banner" role="status" data-testid="act-for-banner">
          {t('people.actingFor', { name: session.actFor.displayName })}
        </p>
      )}
    </div>
  );
}
