import { useTranslation } from 'react-i18next';
import { CloseCode, closeCodeName } from '../../../../shared/protocol';
import { Link } from '../../router/Link';

const MESSAGE_KEYS = {
  badMessage: 'closed.badMessage',
  unauthorized: 'closed.unauthorized',
  forbidden: 'closed.forbidden',
  notFound: 'closed.notFound',
  newerSchema: 'closed.newerSchema',
  tooMany: 'closed.tooMany',
} as const;

/**
 * Shown when the server refused the sync connection for good (close code 4400-4499): the
 * provider stops reconnecting, so the person needs to know why and what to do.
 */
export function ClosedNotice({ code, joinHref }: { code: number; joinHref: string }) {
  const { t } = useTranslation();
  const name = closeCodeName(code);
  const message = name in MESSAGE_KEYS ? t(MESSAGE_KEYS[name as keyof typeof MESSAGE_KEYS]) : t('closed.unknown', { code });
  return (
    <div className="notice notice--error" role="alert" data-testid="closed-notice" data-code={code}>
      <p>{message}</p>
      <p>{t('closed.keepsEdits')}</p>
      <p className="notice__actions">
        {code === CloseCode.unauthorized ? (
          <Link className="button" href={joinHref}>
            {t('workshop.joinAgain')}
          </Link>
        ) : (
          <button type="button" className="button" onClick={() => location.reload()}>
            {t('closed.reload')}
          </button>
        )}
      </p>
    </div>
  );
}
