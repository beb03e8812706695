import '../i18n/workshopStrings';
import { useTranslation } from 'react-i18next';
import { SignOffPage } from '../features/signing/SignOffPage';
import { SessionContext } from '../session/Session';
import { useSessionSetup } from '../session/useSessionSetup';
import { Loading } from './Loading';
import { useDocumentTitle } from './useDocumentTitle';
import { WorkshopHeading } from './WorkshopHeading';
import { WorkshopProblem } from './WorkshopProblem';
import { WorkshopStatus } from './WorkshopStatus';

/** `/s/:workshopId`: a signatory reviews the frozen charter and signs it with a key kept in this browser. */
export function SignOffView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { load, session } = useSessionSetup(workshopId);
  useDocumentTitle(load.info ? `${t('signOff.title')}: ${load.info.title}` : null);
  if (!load.token || load.error) return <WorkshopProblem workshopId={workshopId} error={load.error} onRetry={load.retry} />;
  if (!session) return <Loading />;
  return (
    <SessionContext.Provider value={session}>
      <div className="page page--reading" data-testid="signoff-view">
        <WorkshopHeading info={session.info} />
        <WorkshopStatus offlineCopy={load.offlineCopy} />
        <h2 className="sign-off__title">{t('signOff.title')}</h2>
        <SignOffPage />
      </div>
    </SessionContext.Provider>
  );
}
