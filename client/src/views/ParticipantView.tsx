import { useTranslation } from 'react-i18next';
import { StepBanner } from '../features/agenda/StepBanner';
import { DraftingPanel } from '../features/clauses/DraftingPanel';
import { ConsensusPanel } from '../features/consensus/ConsensusPanel';
import { ServiceFlowEditor } from '../features/serviceFlow/ServiceFlowEditor';
import { SignOffInvite } from '../features/signing/SignOffInvite';
import { MappingPanel } from '../features/stakeholders/MappingPanel';
import { VotePanel } from '../features/voting/VotePanel';
import { SessionContext } from '../session/Session';
import { useSessionSetup } from '../session/useSessionSetup';
import { Loading } from './Loading';
import { NotesSection } from './NotesSection';
import { PARTICIPANT_TABS, type ParticipantTab, tabForMethod } from './tabForMethod';
import { Tabs } from './Tabs';
import { useDocumentTitle } from './useDocumentTitle';
import { useFollowedTab } from './useFollowedTab';
import { WorkshopHeading } from './WorkshopHeading';
import { WorkshopProblem } from './WorkshopProblem';
import { WorkshopStatus } from './WorkshopStatus';

/** `/w/:workshopId`: a participant's laptop or phone. The panel follows the agenda step. */
export function ParticipantView({ workshopId }: { workshopId: string }) {
  const { load, session } = useSessionSetup(workshopId);
  useDocumentTitle(load.info?.title);
  if (!load.token || load.error) return <WorkshopProblem workshopId={workshopId} error={load.error} onRetry={load.retry} />;
  if (!session) return <Loading />;
  return (
    <SessionContext.Provider value={session}>
      <div className="page" data-testid="participant-view">
        <WorkshopHeading info={session.info} />
        <WorkshopStatus offlineCopy={load.offlineCopy} />
        <StepBanner />
        <SignOffInvite />
        <ParticipantTabs method={session.step?.method} stepId={session.step?.id} />
        <NotesSection />
      </div>
    </SessionContext.Provider>
  );
}

export function ParticipantPanel({ tab }: { tab: ParticipantTab }) {
  switch (tab) {
    case 'mapping':
      return <MappingPanel />;
    case 'clauses':
      return <DraftingPanel />;
    case 'vote':
      return <VotePanel />;
    case 'consensus':
      return <ConsensusPanel />;
    case 'flow':
      return <ServiceFlowEditor />;
  }
}

function ParticipantTabs({ method, stepId }: { method: Parameters<typeof tabForMethod>[0]; stepId: string | undefined }) {
  const { t } = useTranslation();
  const stepTab = tabForMethod(method);
  const [tab, setTab] = useFollowedTab<ParticipantTab>(stepId, stepTab);
  return (
    <Tabs tabs={PARTICIPANT_TABS} current={tab} onSelect={setTab} label={t('tabs.label')} labelOf={(x) => t(`tabs.${x}`)} highlight={method ? stepTab : undefined}>
      <ParticipantPanel tab={tab} />
    </Tabs>
  );
}
