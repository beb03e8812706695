import { lazy } from 'react';

/*
 * The panels behind the tabs of the participant view and the console, each fetched the first
 * time its tab is shown (see client/CONTEXT.md "Chunks"): the stakeholder grid brings dnd-kit,
 * the drafting panel the clause forms, the freeze tab the charter and its documents. The view
 * wraps them in one <Suspense> with <PartLoading />.
 */
export const MappingPanel = lazy(() => import('../features/stakeholders/MappingPanel').then((m) => ({ default: m.MappingPanel })));
export const DraftingPanel = lazy(() => import('../features/clauses/DraftingPanel').then((m) => ({ default: m.DraftingPanel })));
export const UserGroupPanel = lazy(() => import('../features/clauses/UserGroupPanel').then((m) => ({ default: m.UserGroupPanel })));
export const VotePanel = lazy(() => import('../features/voting/VotePanel').then((m) => ({ default: m.VotePanel })));
export const VoteConsole = lazy(() => import('../features/voting/VoteConsole').then((m) => ({ default: m.VoteConsole })));
export const ConsensusPanel = lazy(() => import('../features/consensus/ConsensusPanel').then((m) => ({ default: m.ConsensusPanel })));
export const ConsensusConsole = lazy(() => import('../features/consensus/ConsensusConsole').then((m) => ({ default: m.ConsensusConsole })));
export const ServiceFlowEditor = lazy(() => import('../features/serviceFlow/ServiceFlowEditor').then((m) => ({ default: m.ServiceFlowEditor })));
export const PeoplePanel = lazy(() => import('../features/people/PeoplePanel').then((m) => ({ default: m.PeoplePanel })));
export const FreezeChecklist = lazy(() => import('../features/charter/FreezeChecklist').then((m) => ({ default: m.FreezeChecklist })));
export const CharterVersionsPanel = lazy(() => import('../features/charter/CharterVersionsPanel').then((m) => ({ default: m.CharterVersionsPanel })));
export const MeetingRecordLinks = lazy(() => import('../features/charter/MeetingRecordLinks').then((m) => ({ default: m.MeetingRecordLinks })));
export const NaskahDetailsForm = lazy(() => import('../features/charter/NaskahDetailsForm').then((m) => ({ default: m.NaskahDetailsForm })));
export const ComplaintsPanel = lazy(() => import('../features/complaints/ComplaintsPanel').then((m) => ({ default: m.ComplaintsPanel })));
export const SurveyPanel = lazy(() => import('../features/survey/SurveyPanel').then((m) => ({ default: m.SurveyPanel })));
export const CoveragePanel = lazy(() => import('../features/survey/CoveragePanel').then((m) => ({ default: m.CoveragePanel })));
