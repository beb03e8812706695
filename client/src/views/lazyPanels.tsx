import { lazyNamed } from '../features/common/lazyNamed';

/*
 * The panels behind the tabs of the participant view and the console, each fetched the first
 * time its tab is shown (see client/CONTEXT.md "Chunks"): the stakeholder grid brings dnd-kit,
 * the drafting panel the clause forms, the freeze tab the charter and its documents. The view
 * wraps them in one <Suspense> with <PartLoading />.
 */
export const MappingPanel = lazyNamed(() => import('../features/stakeholders/MappingPanel'), 'MappingPanel');
export const DraftingPanel = lazyNamed(() => import('../features/clauses/DraftingPanel'), 'DraftingPanel');
export const UserGroupPanel = lazyNamed(() => import('../features/clauses/UserGroupPanel'), 'UserGroupPanel');
export const VotePanel = lazyNamed(() => import('../features/voting/VotePanel'), 'VotePanel');
export const VoteConsole = lazyNamed(() => import('../features/voting/VoteConsole'), 'VoteConsole');
export const ConsensusPanel = lazyNamed(() => import('../features/consensus/ConsensusPanel'), 'ConsensusPanel');
export const ConsensusConsole = lazyNamed(() => import('../features/consensus/ConsensusConsole'), 'ConsensusConsole');
export const ServiceFlowEditor = lazyNamed(() => import('../features/serviceFlow/ServiceFlowEditor'), 'ServiceFlowEditor');
export const PeoplePanel = lazyNamed(() => import('../features/people/PeoplePanel'), 'PeoplePanel');
export const FreezeChecklist = lazyNamed(() => import('../features/charter/FreezeChecklist'), 'FreezeChecklist');
export const CharterVersionsPanel = lazyNamed(() => import('../features/charter/CharterVersionsPanel'), 'CharterVersionsPanel');
export const MeetingRecordLinks = lazyNamed(() => import('../features/charter/MeetingRecordLinks'), 'MeetingRecordLinks');
export const NaskahDetailsForm = lazyNamed(() => import('../features/charter/NaskahDetailsForm'), 'NaskahDetailsForm');
export const ComplaintsPanel = lazyNamed(() => import('../features/complaints/ComplaintsPanel'), 'ComplaintsPanel');
export const SurveyPanel = lazyNamed(() => import('../features/survey/SurveyPanel'), 'SurveyPanel');
export const CoveragePanel = lazyNamed(() => import('../features/survey/CoveragePanel'), 'CoveragePanel');
