import '../i18n/workshopStrings';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaStepper } from '../features/agenda/AgendaStepper';
import { BoardLinkForDevice } from '../features/board/BoardLinkForDevice';
import { ActForSelector } from '../features/people/ActForSelector';
import { JoinCodeRotation } from '../features/people/JoinCodeRotation';
import { WarningsPanel } from '../features/warnings/WarningsPanel';
import { paths } from '../router/routes';
import { SessionContext, useSession } from '../session/Session';
import { useSessionSetup } from '../session/useSessionSetup';
import {
  CharterVersionsPanel,
  ComplaintsPanel,
  ConsensusConsole,
  ConsensusPanel,
  CoveragePanel,
  DraftingPanel,
  FreezeChecklist,
  MappingPanel,
  MeetingRecordLinks,
  NaskahDetailsForm,
  PeoplePanel,
  SurveyPanel,
  ServiceFlowEditor,
  UserGroupPanel,
  VoteConsole,
  VotePanel,
} from './lazyPanels';
import { Loading } from './Loading';
import { NotesSection } from './NotesSection';
import { PartLoading } from '../features/common/PartLoading';
import { CONSOLE_TABS, type ConsoleTab, consoleTabForMethod } from './tabForMethod';
import { Tabs } from './Tabs';
import { useDocumentTitle } from './useDocumentTitle';
import { useFollowedTab } from './useFollowedTab';
import { ReplaceMyLink } from '../features/links/ReplaceMyLink';
import { WorkshopHeading } from './WorkshopHeading';
import { WorkshopProblem } from './WorkshopProblem';
import { WorkshopStatus } from './WorkshopStatus';

/** `/f/:workshopId#token=…`: the facilitator's console, on the laptop that runs the room. */
export function FacilitatorView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { load, session } = useSessionSetup(workshopId);
  useDocumentTitle(load.info ? `${t('facilitator.title')}: ${load.info.title}` : null);
  if (!load.token || load.error) return <WorkshopProblem workshopId={workshopId} error={load.error} onRetry={load.retry} />;
  if (!session) return <Loading />;
  const joinUrl = `${location.origin}${paths.join(session.info.joinCode)}`;
  return (
    <SessionContext.Provider value={session}>
      <div className="page page--wide" data-testid="facilitator-view">
        <WorkshopHeading info={session.info} showJoinCode />
        <p className="facilitator__join-url">
          {t('facilitator.joinAt')} <a href={joinUrl}>{joinUrl}</a> ·{' '}
          <a href={paths.board(workshopId)} target="_blank" rel="noopener" data-testid="open-board">{t('facilitator.openBoard')}</a> ·{' '}
          <BoardLinkForDevice workshopId={workshopId} /> · <JoinCodeRotation onRotated={load.retry} />
        </p>
        <ReplaceMyLink workshopId={workshopId} />
        <WorkshopStatus offlineCopy={load.offlineCopy} />
        <ActForSelector />
        <div className="console">
          <div className="console__side">
            <AgendaStepper />
            <WarningsPanel />
          </div>
          <div className="console__main">
            <ConsoleTabs />
          </div>
        </div>
        <NotesSection />
      </div>
    </SessionContext.Provider>
  );
}

function ConsoleTabs() {
  const { t } = useTranslation();
  const { step } = useSession();
  const stepTab = consoleTabForMethod(step?.method);
  const [tab, setTab] = useFollowedTab<ConsoleTab>(step?.id, stepTab);
  return (
    <Tabs tabs={CONSOLE_TABS} current={tab} onSelect={setTab} label={t('tabs.label')} labelOf={(x) => t(`tabs.${x}`)} highlight={step ? stepTab : undefined}>
      <Suspense fallback={<PartLoading tall />}>
        <ConsolePanel tab={tab} />
      </Suspense>
    </Tabs>
  );
}

/** While acting for someone, the participant's own panels appear next to the steering ones. */
function ConsolePanel({ tab }: { tab: ConsoleTab }) {
  const { actFor } = useSession();
  switch (tab) {
    case 'complaints':
      return <ComplaintsPanel />;
    case 'mapping':
      return <MappingPanel />;
    case 'clauses':
      return (
        <>
          <DraftingPanel />
          <UserGroupPanel />
          <CoveragePanel />
        </>
      );
    case 'vote':
      return (
        <>
          <VoteConsole />
          {actFor && <VotePanel />}
        </>
      );
    case 'consensus':
      return (
        <>
          {actFor && <ConsensusPanel />}
          <ConsensusConsole />
        </>
      );
    case 'people':
      return <PeoplePanel />;
    case 'flow':
      return <ServiceFlowEditor />;
    case 'survey':
      return <SurveyPanel />;
    case 'freeze':
      return (
        <>
          <FreezeChecklist />
          <NaskahDetailsForm />
          <CharterVersionsPanel />
          <MeetingRecordLinks />
        </>
      );
  }
}
