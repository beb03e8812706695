import { useTranslation } from 'react-i18next';
import type { WorkshopInfo } from '../api/types';

/** Workshop title, service and the viewer's name and role. */
export function WorkshopHeading({ info, showJoinCode = false }: { info: WorkshopInfo; showJoinCode?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="workshop-heading">
      <div>
        <h1 className="workshop-heading__title" data-testid="workshop-title">
          {info.title}
        </h1>
        <p className="workshop-heading__meta">
          {info.serviceName}
          <span aria-hidden="true"> · </span>
          <span data-testid="me">
            {info.me.name} ({t(`roles.${info.me.role}`)})
          </span>
        </p>
      </div>
      {showJoinCode && (
        <p className="join-code">
          <span className="join-code__label">{t('workshop.joinCode')}</span>
          <span className="join-code__value" data-testid="join-code">
            {info.joinCode}
          </span>
        </p>
      )}
    </div>
  );
}
