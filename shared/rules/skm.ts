/**
 * The satisfaction survey index (Indeks Kepuasan Masyarakat, IKM) as PermenPANRB 14/2017
 * (Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik), Lampiran,
 * "Metode pengolahan data", defines it:
 *
 * - each respondent scores the nine elements (shared/schema/surveyElements.ts) 1..4 (tidak baik,
 *   kurang baik, baik, sangat baik);
 * - per element, the average score (nilai rata-rata, NRR) = total score / number of answers;
 * - each element weighs the same: bobot nilai rata-rata tertimbang = jumlah bobot / jumlah unsur
 *   = 1/9 (the regulation prints it rounded, 0,11; reports often use 0,111). We weigh by 1/9
 *   exactly, so a unit scored 4 on every element reaches the table's 100,00 (with 0,111 it would
 *   be 99,90, with 0,11 only 99,00);
 * - IKM unit pelayanan = sum of the weighted NRR; IKM converted = IKM × 25 (the scale 25..100);
 * - the quality grade (mutu pelayanan) and the unit's performance (kinerja unit pelayanan) by the
 *   regulation's table of intervals:
 *
 *     nilai persepsi | nilai interval (NI) | nilai interval konversi (NIK) | mutu | kinerja
 *     1              | 1,00 - 2,5996       | 25,00 - 64,99                 | D    | tidak baik
 *     2              | 2,60 - 3,064        | 65,00 - 76,60                 | C    | kurang baik
 *     3              | 3,0644 - 3,532      | 76,61 - 88,30                 | B    | baik
 *     4              | 3,5324 - 4,00       | 88,31 - 100,00                | A    | sangat baik
 *
 *   (as reproduced, e.g., in the published SKM reports citing the regulation; one copy prints the
 *   C row's upper bound as 76,66, which would overlap B's 76,61: we keep 76,60, which is NI 3,064
 *   × 25.) The NI column is the NIK column divided by 25 (64,99/25 = 2,5996; 76,61/25 = 3,0644;
 *   88,31/25 = 3,5324), so one rule grades both: a value is graded by its converted value rounded
 *   to two decimals (the precision the table is written in), against the lower bounds 65,00,
 *   76,61 and 88,31. Rounding first closes the table's gaps (64,99..65,00, 76,60..76,61) and
 *   makes the grade agree with the number shown.
 * - an element's own grade is the grade of its NRR (NRR × 25 on the same table). An element
 *   below grade B (NRR < 3,0644) is "low": the room looks at the sections it concerns.
 */
import { SURVEY_ELEMENT_CODES, type SurveyElementCode } from '../schema/surveyElements';

export const SURVEY_ELEMENT_COUNT = SURVEY_ELEMENT_CODES.length;
export const MIN_SCORE = 1;
export const MAX_SCORE = 4;
/** Each element's weight: 1/9 (see the header). */
export const ELEMENT_WEIGHT = 1 / SURVEY_ELEMENT_COUNT;

export type SkmGrade = 'A' | 'B' | 'C' | 'D';

/** Lower bounds of the converted value (NIK) per grade, from the regulation's table. */
export const GRADE_LOWER_BOUNDS: readonly { grade: SkmGrade; from: number }[] = [
  { grade: 'A', from: 88.31 },
  { grade: 'B', from: 76.61 },
  { grade: 'C', from: 65.0 },
  { grade: 'D', from: 25.0 },
];

/** NRR below this is below grade B ("low"): 76,61 / 25. */
export const LOW_NRR_BELOW = 3.0644;

/** Rounds half up to two decimals, robust to binary fractions (76.605 → 76.61). */
export function round2(value: number): number {
  return Math.round(value * 100 + 1e-7) / 100;
}

/** Grade of a converted value (25..100), judged on its two-decimal rounding. */
export function gradeOfConverted(converted: number): SkmGrade {
  const shown = round2(converted);
  return GRADE_LOWER_BOUNDS.find((b) => shown >= b.from)?.grade ?? 'D';
}

/** Grade of an average on the 1..4 scale (an element's NRR or the unit's IKM). */
export function gradeOfAverage(average: number): SkmGrade {
  return gradeOfConverted(average * 25);
}

export function isLowAverage(average: number): boolean {
  const grade = gradeOfAverage(average);
  return grade === 'C' || grade === 'D';
}

export interface SkmElementResult {
  code: SurveyElementCode;
  /** Nilai rata-rata (NRR). */
  nrr: number;
  /** NRR × 1/9. */
  weighted: number;
  grade: SkmGrade;
  low: boolean;
}

export interface SkmResult {
  elements: SkmElementResult[];
  /** Sum of the weighted NRR (1..4). */
  ikm: number;
  /** IKM × 25 (25..100). */
  converted: number;
  grade: SkmGrade;
}

/** IKM, its conversion and grade from the nine element averages (U1..U9, each 1..4). */
export function skmFromAverages(averages: readonly number[]): SkmResult {
  if (averages.length !== SURVEY_ELEMENT_COUNT) throw new Error(`expected ${SURVEY_ELEMENT_COUNT} element averages`);
  const elements = averages.map((nrr, i) => ({
    code: SURVEY_ELEMENT_CODES[i]!,
    nrr,
    weighted: nrr * ELEMENT_WEIGHT,
    grade: gradeOfAverage(nrr),
    low: isLowAverage(nrr),
  }));
  const ikm = elements.reduce((sum, e) => sum + e.weighted, 0);
  const converted = ikm * 25;
  return { elements, ikm, converted, grade: gradeOfConverted(converted) };
}

/** Element averages from complete responses (each a row of nine scores 1..4). */
export function averagesOfResponses(responses: readonly (readonly number[])[]): number[] {
  if (responses.length === 0) throw new Error('no responses');
  const sums = new Array<number>(SURVEY_ELEMENT_COUNT).fill(0);
  for (const row of responses) {
    for (const [i, score] of row.entries()) sums[i]! += score;
  }
  return sums.map((sum) => sum / responses.length);
}

export function isValidAverage(value: number): boolean {
  return Number.isFinite(value) && value >= MIN_SCORE && value <= MAX_SCORE;
}
