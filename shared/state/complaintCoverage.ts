/**
 * Coverage rows for the facilitator's coverage view (issue 17): one row per complaint theme,
 * weighted by its number of complaints, with the clauses (proposed, discussed or agreed) that
 * say they answer it. A theme without clause numbers is evidence the charter does not answer yet.
 */
import { summariseComplaintThemes } from '../rules/complaintThemes';
import type { CoverageRow } from './coverageRow';
import type { WorkshopState } from './workshopState';
import { complaintsOf } from './workshopState';

export function complaintThemeCoverageRows(state: Pick<WorkshopState, 'complaints' | 'complaintThemes' | 'complaintMapping' | 'clauses'>): CoverageRow[] {
  // weight: how many complaints the theme holds.
  const { complaints, themes } = complaintsOf(state);
  return summariseComplaintThemes(Object.values(complaints), Object.values(themes), Object.values(state.clauses)).map((t) => ({
    kind: 'complaintTheme',
    id: t.id,
    label: t.name,
    weight: t.count,
    clauseNumbers: t.clauseNumbers,
  }));
}
