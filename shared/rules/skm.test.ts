import { describe, expect, it } from 'vitest';
import { SKM_EXAMPLE } from '../testing/skmExample';
import { averagesOfResponses, gradeOfAverage, gradeOfConverted, round2, skmFromAverages } from './skm';

/*
 * A worked example, computed by hand (PermenPANRB 14/2017, Lampiran: NRR per element, weight
 * 1/9, IKM = Σ NRR × 1/9, converted = IKM × 25, graded on the table 25,00-64,99 D / 65,00-76,60
 * C / 76,61-88,30 B / 88,31-100,00 A).
 *
 * Ten respondents, one column per element (U1..U9):
 *
 *   resp  U1 U2 U3 U4 U5 U6 U7 U8 U9
 *    1     4  3  3  4  4  4  4  3  3
 *    2     4  3  3  4  4  4  4  3  3
 *    3     3  3  3  4  4  4  4  3  3
 *    4     3  3  3  4  3  4  4  3  3
 *    5     3  3  3  4  3  4  4  3  3
 *    6     3  3  2  4  3  3  4  3  3
 *    7     3  3  2  4  3  3  3  3  3
 *    8     3  3  2  4  3  3  3  2  3
 *    9     3  2  2  3  3  3  3  2  3
 *   10     3  2  2  3  3  3  3  2  3
 *   total 32 28 25 38 33 35 36 27 30
 *
 *   NRR = total / 10:      3,20 2,80 2,50 3,80 3,30 3,50 3,60 2,70 3,00
 *   NRR × 1/9 (4 dec.):    0,3556 0,3111 0,2778 0,4222 0,3667 0,3889 0,4000 0,3000 0,3333
 *   IKM = Σ NRR / 9 = 28,40 / 9 = 3,1556
 *   converted = 3,1556 × 25 = 78,89   → 76,61 ≤ 78,89 ≤ 88,30: B (baik)
 *   (with the printed weight 0,111 a report would show 28,40 × 0,111 = 3,1524 → 78,81, also B)
 *
 *   element grades, NRR × 25: U1 80,00 B · U2 70,00 C · U3 62,50 D · U4 95,00 A · U5 82,50 B ·
 *   U6 87,50 B · U7 90,00 A · U8 67,50 C · U9 75,00 C → low (below B): U2, U3, U8, U9.
 */
const RESPONSES = SKM_EXAMPLE.map((row) => [...row]);

describe('SKM index (PermenPANRB 14/2017)', () => {
  it('matches the hand-worked example to two decimals', () => {
    const averages = averagesOfResponses(RESPONSES);
    expect(averages.map(round2)).toEqual([3.2, 2.8, 2.5, 3.8, 3.3, 3.5, 3.6, 2.7, 3.0]);
    const result = skmFromAverages(averages);
    expect(result.elements.map((e) => Number(e.weighted.toFixed(4)))).toEqual([0.3556, 0.3111, 0.2778, 0.4222, 0.3667, 0.3889, 0.4, 0.3, 0.3333]);
    expect(result.ikm.toFixed(2)).toBe('3.16');
    expect(result.ikm.toFixed(4)).toBe('3.1556');
    expect(round2(result.converted)).toBe(78.89);
    expect(result.grade).toBe('B');
    expect(result.elements.map((e) => e.grade).join('')).toBe('BCDABBACC');
    expect(result.elements.filter((e) => e.low).map((e) => e.code)).toEqual(['U2', 'U3', 'U8', 'U9']);
  });

  it('reaches the ends of the scale: all 4 is 100,00 A, all 1 is 25,00 D', () => {
    expect(round2(skmFromAverages(new Array(9).fill(4)).converted)).toBe(100);
    expect(skmFromAverages(new Array(9).fill(4)).grade).toBe('A');
    expect(round2(skmFromAverages(new Array(9).fill(1)).converted)).toBe(25);
    expect(skmFromAverages(new Array(9).fill(1)).grade).toBe('D');
  });

  it.each([
    [64.99, 'D'],
    [65.0, 'C'],
    [76.6, 'C'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
    [100, 'A'],
    [25, 'D'],
  ] as const)('converted %s is grade %s', (value, grade) => {
    expect(gradeOfConverted(value)).toBe(grade);
  });

  it('grades values inside the table gaps by their two-decimal rounding', () => {
    expect(gradeOfConverted(64.994)).toBe('D');
    expect(gradeOfConverted(64.995)).toBe('C');
    expect(gradeOfConverted(76.604)).toBe('C');
    expect(gradeOfConverted(76.605)).toBe('B');
    expect(gradeOfConverted(88.304)).toBe('B');
    expect(gradeOfConverted(88.305)).toBe('A');
  });

  it.each([
    [2.5996, 'D'],
    [2.6, 'C'],
    [3.064, 'C'],
    [3.0644, 'B'],
    [3.532, 'B'],
    [3.5324, 'A'],
  ] as const)('an element average (NI) of %s is grade %s', (nrr, grade) => {
    expect(gradeOfAverage(nrr)).toBe(grade);
  });

  it('refuses anything but nine averages', () => {
    expect(() => skmFromAverages([3, 3, 3])).toThrow();
  });
});
