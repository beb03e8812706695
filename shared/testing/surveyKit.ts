/** Survey tables for tests: a seeded set of respondents as an export would hold them. */

/** `n` respondents with an id, a visit time and the nine scores (1..4), seeded. */
export function generatedSurvey(n: number, seed = 7): string[][] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const header = ['No', 'Waktu kunjungan', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
  const rows = Array.from({ length: n }, (_, i) => [String(i + 1), '2026-11-02 09:15', ...Array.from({ length: 9 }, (_, e) => String(Math.min(4, 1 + Math.floor(next() * 3) + (e % 2))))]);
  return [header, ...rows];
}

/** The table as CSV text (comma-separated, as most exports write it). */
export function surveyCsv(table: readonly (readonly string[])[]): string {
  return `${table.map((row) => row.join(',')).join('\n')}\n`;
}
