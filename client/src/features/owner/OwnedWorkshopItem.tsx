import { useTranslation } from 'react-i18next';
import type { OwnedWorkshop } from '../../api/owner';
import { workshopDays } from './ownerModel';

export interface ItemActions {
  open: (w: OwnedWorkshop) => void;
  newLink: (w: OwnedWorkshop) => void;
  archive: (w: OwnedWorkshop, archived: boolean) => void;
}

/** One workshop on the owner's list: what, where, when, and what the owner can do with it. */
export function OwnedWorkshopItem({ w, actions, busy }: { w: OwnedWorkshop; actions: ItemActions; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const days = workshopDays(w, i18n.language);
  const where = [w.institution, w.place].filter(Boolean).join(' · ');
  return (
    <li className="owner-item" data-testid="owner-workshop" data-workshop-id={w.workshopId}>
      <h3>
        {w.title}
        {w.isDemo && <span className="owner-item__badge">({t('owner.demo')})</span>}
      </h3>
      <p className="owner-item__meta">
        {w.serviceName}
        {where && <><br />{where}</>}
        {days && <><br />{days}</>}
        <br />
        {t('owner.joinCode', { code: w.joinCode })}
      </p>
      <div className="button-row">
        {w.archivedAt === null && (
          <>
            <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => actions.open(w)} data-testid="owner-open">
              {t('owner.open')}
            </button>
            <button type="button" className="button button--small" disabled={busy} onClick={() => actions.newLink(w)} data-testid="owner-new-link">
              {t('owner.newLink')}
            </button>
          </>
        )}
        <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => actions.archive(w, w.archivedAt === null)}
          data-testid={w.archivedAt === null ? 'owner-archive' : 'owner-unarchive'}>
          {w.archivedAt === null ? t('owner.archive') : t('owner.unarchive')}
        </button>
      </div>
    </li>
  );
}
