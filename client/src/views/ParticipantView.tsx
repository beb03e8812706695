import '../i18n/workshopStrings';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { StepBanner } from '../features/agenda/StepBanner';
import { SignOffInvite } from '../features/signing/SignOffInvite';
import { KeepPageOpenNotice } from '../features/syncStatus/KeepPageOpenNotice';
import { SessionContext, useSession } from '../session/Session';
import { useSessionSetup } from '../session/useSessionSetup';
import { ConsensusPanel, DraftingPanel, MappingPanel, ServiceFlowEditor, VotePanel } from './lazyPanels';
import { Loading } from './Loading';
import { NotesSection } from './NotesSection';
import { PartLoading } from '../features/common/PartLoading';
import { PARTICIPANT_TABS, type ParticipantTab, tabForMethod } from './tabForMethod';
import { Tabs } from './Tabs';
import { useDocumentTitle } from './useDocumentTitle';
import { useRoomTab } from './useFollowedTab';
import { WorkshopHeading } from './WorkshopHeading';
import { WorkshopProblem } from './WorkshopProblem';
import { WorkshopStatus } from './WorkshopStatus';

/** `/w/:workshopId`: a participant's laptop or phone. The panel follows the room (followRoom.ts). */
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
        <KeepPageOpenNotice />
        {/* The step and the panels need the decisions; until they arrive, one tall line
            (the notes below stay where they will be: no layout shift on phones). */}
        {session.state ? (
          <>
            <StepBanner />
            <SignOffInvite />
            <ParticipantTabs />
          </>
        ) : (
          <PartLoading tall />
        )}
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

function ParticipantTabs() {
  const { t } = useTranslation();
  const { step, state } = useSession();
  const method = step?.method;
  const stepTab = tabForMethod(method);
  const openRound = Object.values(state?.voteRounds ?? {}).find((r) => r.status === 'open');
  const openCheck = Object.values(state?.consensusChecks ?? {}).find((c) => c.status === 'open');
  const room = useRoomTab({ stepId: step?.id, stepTab, openRoundId: openRound?.id ?? null, openCheckId: openCheck?.id ?? null, loaded: state !== null });
  const label = (x: ParticipantTab) => t(`tabs.${x}`);
  return (
    <>
      {room.back && (
        <p className="notice follow-notice" role="status" data-testid="follow-notice" data-tab={room.tab}>
          {t('tabs.followed', { tab: label(room.tab) })}{' '}
          <button type="button" className="button button--small" onClick={room.goBack} data-testid="follow-back">
            {t('tabs.back', { tab: label(room.back) })}
          </button>
        </p>
      )}
      <Tabs tabs={PARTICIPANT_TABS} current={room.tab} onSelect={room.select} label={t('tabs.label')} labelOf={label} highlight={method ? stepTab : undefined}>
        <Suspense fallback={<PartLoading tall />}>
          <ParticipantPanel tab={room.tab} />
        </Suspense>
      </Tabs>
    </>
  );
}
