import { roomName } from '../../../shared/protocol';
import { useWorkshopConnection } from '../sync/useWorkshopConnection';
import { DraftWorkspace } from './DraftWorkspace';
import { Loading } from './Loading';
import { useDocumentTitle } from './useDocumentTitle';
import { useWorkshop } from './useWorkshop';
import { WorkshopHeading } from './WorkshopHeading';
import { WorkshopProblem } from './WorkshopProblem';

/** `/w/:workshopId`: a participant drafting the charter together with the room. */
export function ParticipantView({ workshopId }: { workshopId: string }) {
  const load = useWorkshop(workshopId);
  const connection = useWorkshopConnection(roomName({ workshopId, kind: 'content' }), load.token);
  useDocumentTitle(load.info?.title);

  if (!load.token || load.error) return <WorkshopProblem workshopId={workshopId} error={load.error} onRetry={load.retry} />;
  if (!load.info || !connection) return <Loading />;
  return (
    <div className="page" data-testid="participant-view">
      <WorkshopHeading info={load.info} />
      <DraftWorkspace connection={connection} info={load.info} offlineCopy={load.offlineCopy} />
    </div>
  );
}
