/**
 * The satisfaction-survey example worked by hand in shared/rules/skm.test.ts (PermenPANRB
 * 14/2017): ten respondents' answers to U1..U9, one row per respondent. IKM 3,1556, converted
 * 78,89, grade B; elements U2, U3, U8 and U9 are low (below B). Tests repeat the rows to make a
 * larger survey with the same result.
 */
export const SKM_EXAMPLE: readonly (readonly number[])[] = [
  [4, 3, 3, 4, 4, 4, 4, 3, 3],
  [4, 3, 3, 4, 4, 4, 4, 3, 3],
  [3, 3, 3, 4, 4, 4, 4, 3, 3],
  [3, 3, 3, 4, 3, 4, 4, 3, 3],
  [3, 3, 3, 4, 3, 4, 4, 3, 3],
  [3, 3, 2, 4, 3, 3, 4, 3, 3],
  [3, 3, 2, 4, 3, 3, 3, 3, 3],
  [3, 3, 2, 4, 3, 3, 3, 2, 3],
  [3, 2, 2, 3, 3, 3, 3, 2, 3],
  [3, 2, 2, 3, 3, 3, 3, 2, 3],
];
