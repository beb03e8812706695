import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/http';
import { readCachedWorkshop } from '../api/workshop';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

/** Why a workshop view cannot open, and the way out (join again, retry, go home). */
export function WorkshopProblem({
  workshopId,
  error,
  onRetry,
}: {
  workshopId: string;
  error: ApiError | null;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const joinCode = readCachedWorkshop(workshopId)?.joinCode;
  const message = (() => {
    if (!error) return t('workshop.noToken');
    if (error.isNetwork) return t('workshop.network');
    if (error.status === 401) return t('workshop.unauthorized');
    if (error.status === 403) return t('workshop.forbidden');
    if (error.status === 404) return t('workshop.notFound');
    return t('workshop.failed', { message: error.message || error.code });
  })();
  return (
    <div className="page page--narrow">
      <div className="notice notice--error" role="alert" data-testid="workshop-problem">
        <p>{message}</p>
        <p className="notice__actions">
          {error?.isNetwork && onRetry && (
            <button type="button" className="button" onClick={onRetry}>
              {t('workshop.retry')}
            </button>
          )}
          {joinCode ? (
            <Link className="button" href={paths.join(joinCode)}>
              {t('workshop.joinAgain')}
            </Link>
          ) : (
            <Link className="button button--quiet" href={paths.home()}>
              {t('workshop.home')}
            </Link>
          )}
        </p>
      </div>
    </div>
  );
}
