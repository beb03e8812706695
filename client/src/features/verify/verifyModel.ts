/**
 * The /verify page's verdict: exactly `verifyBundleText` on the file's bytes (the same function
 * as the CLI and the server, so all agree on the code, a duplicated key included), plus, when the page was opened from a printed QR link,
 * that the bundle is the one printed: its charterSha256 must equal the link's `h`.
 */
import type { BundleSummary, VerifyCode } from '../../../../shared/charter/verifyBundle';
import { verifyBundleText } from '../../../../shared/charter/verifyBundle';

/** Codes of the page beyond the verifier's: the printed hash, and a bundle that could not be fetched. */
export const PAGE_CODES = ['printed_hash_mismatch', 'fetch_failed'] as const;
export type PageCode = VerifyCode | (typeof PAGE_CODES)[number];

export type PageVerdict =
  | { ok: true; summary: BundleSummary; printedHashChecked: boolean }
  | { ok: false; code: PageCode; params: Record<string, unknown>; reasonEn: string };

export function checkBundleText(input: string | Uint8Array, printedSha256?: string): PageVerdict {
  const verdict = verifyBundleText(input);
  if (!verdict.ok) return { ok: false, code: verdict.code, params: verdict.params ?? {}, reasonEn: verdict.reason };
  if (printedSha256 && verdict.summary.charterSha256 !== printedSha256) {
    return {
      ok: false,
      code: 'printed_hash_mismatch',
      params: { printed: printedSha256, actual: verdict.summary.charterSha256 },
      reasonEn: 'the bundle is valid but is not the charter printed on paper',
    };
  }
  return { ok: true, summary: verdict.summary, printedHashChecked: Boolean(printedSha256) };
}
