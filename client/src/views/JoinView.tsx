import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import { lookupJoinCode } from '../api/join';
import type { JoinCodeInfo } from '../api/types';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { JoinForm } from './JoinForm';
import { useDocumentTitle } from './useDocumentTitle';
import { useKnownMember } from './useKnownMember';

type Lookup = { state: 'checking' } | { state: 'found'; info: JoinCodeInfo } | { state: 'failed'; error: ApiError };

/** `/j/:joinCode`: check the code, then ask who is joining. */
export function JoinView({ joinCode }: { joinCode: string }) {
  const { t } = useTranslation();
  const [lookup, setLookup] = useState<Lookup>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);
  const known = useKnownMember(lookup.state === 'found' ? lookup.info.workshopId : null);
  const [someoneElse, setSomeoneElse] = useState(false);
  useDocumentTitle(lookup.state === 'found' ? lookup.info.title : t('join.title'));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the lookup on retry
  useEffect(() => {
    let cancelled = false;
    setLookup({ state: 'checking' });
    lookupJoinCode(joinCode).then(
      (info) => !cancelled && setLookup({ state: 'found', info }),
      (error: unknown) =>
        !cancelled &&
        setLookup({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error)) }),
    );
    return () => {
      cancelled = true;
    };
  }, [joinCode, attempt]);

  return (
    <div className="page page--narrow" data-testid="join-view">
      <h1>{lookup.state === 'found' ? lookup.info.title : t('join.title')}</h1>
      {lookup.state === 'checking' && <p role="status">{t('join.checking')}</p>}
      {lookup.state === 'failed' && (
        <div className="notice notice--error" role="alert" data-testid="join-lookup-error">
          <p>{lookup.error.status === 404 ? t('join.notFound', { code: joinCode }) : t('join.lookupFailed')}</p>
          <p className="notice__actions">
            {lookup.error.status !== 404 && (
              <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
                {t('workshop.retry')}
              </button>
            )}
            <Link className="button button--quiet" href={paths.home()}>
              {t('join.otherCode')}
            </Link>
          </p>
        </div>
      )}
      {lookup.state === 'found' && (
        <>
          <p className="lead">{t('join.service', { serviceName: lookup.info.serviceName })}</p>
          {known === undefined && <p role="status">{t('join.checking')}</p>}
          {known && !someoneElse && (
            <div className="notice notice--info" data-testid="join-already">
              <p>{known.name ? t('join.alreadyJoined', { name: known.name }) : t('join.alreadyJoinedNoName')}</p>
              <p className="notice__actions">
                <Link className="button button--primary" href={known.href} data-testid="join-open-mine">
                  {t('join.openMine')}
                </Link>
                <button type="button" className="button button--quiet" onClick={() => setSomeoneElse(true)} data-testid="join-someone-else">
                  {t('join.someoneElse')}
                </button>
              </p>
            </div>
          )}
          {known && someoneElse && <p className="field__hint">{t('join.someoneElseHint')}</p>}
          {(known === null || (known && someoneElse)) && <JoinForm joinCode={joinCode} />}
        </>
      )}
    </div>
  );
}
