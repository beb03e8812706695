/**
 * Coverage (issue 17): for each thing the charter should answer, which clauses (K-numbers) answer
 * it. Rows of three kinds: a registered user group (clauses whose current version names it),
 * a low survey element (clauses in the sections the element concerns,
 * shared/schema/surveyElements.ts), and a complaint theme (rows built elsewhere and passed in as
 * `extraRows`). Rejected clauses answer nothing; a draft does (the room is still working on it).
 * Uncovered rows come first; within each, user groups, survey elements, complaint themes, each
 * heaviest first.
 *
 * Also the warning rule: a low element none of whose sections holds an agreed clause is named
 * in the facilitator's warnings.
 */
import { type Clause, currentVersion, isAgreedStatus } from '../schema/clauses';
import type { SectionCode } from '../schema/sections';
import { SURVEY_ELEMENTS, type SurveyElementCode } from '../schema/surveyElements';
import { skmFromAverages } from '../rules/skm';
import type { WorkshopState } from './workshopState';
import { surveyOf } from './workshopState';
import { complaintThemeCoverageRows } from './complaintCoverage';
import type { CoverageRow } from './coverageRow';

export type { CoverageRow } from './coverageRow';

type CoverageState = Pick<WorkshopState, 'userGroups' | 'clauses' | 'survey' | 'complaints' | 'complaintThemes' | 'complaintMapping'>;

const live = (state: Pick<WorkshopState, 'clauses'>): Clause[] =>
  Object.values(state.clauses)
    .filter((c) => c.status !== 'rejected')
    .sort((a, b) => a.number - b.number);

export interface LowSurveyElement {
  code: SurveyElementCode;
  nrr: number;
  sections: readonly SectionCode[];
}

/** The current survey's elements below grade B, in U1..U9 order; none without a survey. */
export function lowSurveyElements(state: Pick<WorkshopState, 'survey'>): LowSurveyElement[] {
  const survey = surveyOf(state);
  if (!survey) return [];
  return skmFromAverages(survey.averages)
    .elements.filter((e) => e.low)
    .map((e) => ({ code: e.code, nrr: e.nrr, sections: SURVEY_ELEMENTS.find((s) => s.code === e.code)!.sections }));
}

export function coverageRows(state: CoverageState, extraRows: readonly CoverageRow[] = []): CoverageRow[] {
  const clauses = live(state);
  const groups: CoverageRow[] = Object.values(state.userGroups).map((group) => ({
    kind: 'userGroup',
    id: group.id,
    label: group.name.id,
    weight: group.estimatedVolumePerYear ?? 0,
    clauseNumbers: clauses.filter((c) => (currentVersion(c).userGroupIds ?? []).includes(group.id)).map((c) => c.number),
  }));
  const elements: CoverageRow[] = lowSurveyElements(state).map((e) => ({
    kind: 'surveyElement',
    id: e.code,
    label: SURVEY_ELEMENTS.find((s) => s.code === e.code)!.name.id,
    weight: 4 - e.nrr,
    clauseNumbers: clauses.filter((c) => e.sections.includes(c.sectionCode)).map((c) => c.number),
  }));
  return [...groups, ...elements, ...complaintThemeCoverageRows(state), ...extraRows].sort(
    (a, b) =>
      Number(a.clauseNumbers.length > 0) - Number(b.clauseNumbers.length > 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      b.weight - a.weight ||
      a.label.localeCompare(b.label, 'id'),
  );
}

/** Weights of different kinds are not comparable: within covered and uncovered, rows go by kind, then weight. */
const KIND_ORDER: readonly CoverageRow['kind'][] = ['userGroup', 'surveyElement', 'complaintTheme'];

export interface SurveyWarning {
  code: 'survey_element_unanswered';
  element: SurveyElementCode;
  nrr: number;
  sections: readonly SectionCode[];
}

/**
 * Low elements whose sections hold no agreed clause. A section marked not applicable still
 * warns: the users rated it low, and the room should hear that before it lets the mark stand.
 */
export function surveyWarnings(state: Pick<WorkshopState, 'clauses' | 'survey'>): SurveyWarning[] {
  const agreedSections = new Set(live(state).filter((c) => isAgreedStatus(c.status)).map((c) => c.sectionCode));
  return lowSurveyElements(state)
    .filter((e) => !e.sections.some((code) => agreedSections.has(code)))
    .map((e) => ({ code: 'survey_element_unanswered', element: e.code, nrr: e.nrr, sections: e.sections }));
}
