/**
 * The attack the strict verifier refuses: a forged clause text placed before the real one in the
 * same object. `JSON.parse` keeps the last value, so the forged file parses to exactly the signed
 * bundle, while a person reading the file, or a parser that keeps the first value, reads the
 * forged text. Works on compact and pretty JSON.
 */
export const FORGED_TEXT = 'Biaya: Rp 500.000, dibayar tunai di loket';

export function withForgedClauseText(bundleText: string, forged = FORGED_TEXT): string {
  const at = /"current"\s*:\s*\{/.exec(bundleText);
  if (!at) throw new Error('the bundle has no clause with a current version');
  const end = at.index + at[0].length;
  return `${bundleText.slice(0, end)}"text":{"id":${JSON.stringify(forged)}},${bundleText.slice(end)}`;
}
