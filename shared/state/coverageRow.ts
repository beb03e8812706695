/** One thing the charter should answer, and the clauses (K-numbers) that do (the coverage view, issue 17). */
export interface CoverageRow {
  kind: 'userGroup' | 'complaintTheme' | 'surveyElement';
  id: string;
  label: string;
  /**
   * How much the row weighs when sorting: a user group's estimated users a year, a complaint
   * theme's number of complaints, a survey element's shortfall from the best score (4 − NRR).
   */
  weight: number;
  clauseNumbers: number[];
}
