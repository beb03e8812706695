import { useTranslation } from 'react-i18next';
import { roomName } from '../../../shared/protocol';
import { paths } from '../router/routes';
import { useWorkshopConnection } from '../sync/useWorkshopConnection';
import { DraftWorkspace } from './DraftWorkspace';
import { Loading } from './Loading';
import { useDocumentTitle } from './useDocumentTitle';
import { useWorkshop } from './useWorkshop';
import { WorkshopHeading } from './WorkshopHeading';
import { WorkshopProblem } from './WorkshopProblem';

/**
 * `/f/:workshopId#token=…`: the facilitator's screen. For now the shared editor plus the join
 * code; the agenda, stakeholder grid and decisions arrive with later issues.
 */
export function FacilitatorView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const load = useWorkshop(workshopId);
  const connection = useWorkshopConnection(roomName({ workshopId, kind: 'content' }), load.token);
  useDocumentTitle(load.info ? `${t('facilitator.title')}: ${load.info.title}` : null);

  if (!load.token || load.error) return <WorkshopProblem workshopId={workshopId} error={load.error} onRetry={load.retry} />;
  if (!load.info || !connection) return <Loading />;
  const joinUrl = `${location.origin}${paths.join(load.info.joinCode)}`;
  return (
    <div className="page" data-testid="facilitator-view">
      <WorkshopHeading info={load.info} showJoinCode />
      <p className="facilitator__join-url">
        {t('facilitator.joinAt')} <a href={joinUrl}>{joinUrl}</a>
      </p>
      <DraftWorkspace connection={connection} info={load.info} offlineCopy={load.offlineCopy} />
    </div>
  );
}
