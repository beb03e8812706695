import { describe, expect, it } from 'vitest';
import { VERIFY_CODES } from '../../../../shared/charter/verifyBundle';
import { signedBundle } from '../../../../shared/testing/charterKit';
import { withForgedClauseText } from '../../../../shared/testing/forgedBundle';
import { en } from '../../i18n/en';
import { id } from '../../i18n/id';
import { checkBundleText, checkCharterPdf, PAGE_CODES } from './verifyModel';

describe('verify page model', () => {
  const { bundle } = signedBundle('small');
  const text = JSON.stringify(bundle, null, 2);

  it('accepts a sealed bundle and checks the printed hash', () => {
    expect(checkBundleText(text)).toMatchObject({ ok: true, printedHashChecked: false, summary: { charterSha256: bundle.charterSha256 } });
    expect(checkBundleText(text, bundle.charterSha256)).toMatchObject({ ok: true, printedHashChecked: true });
    expect(checkBundleText(text, '0'.repeat(64))).toMatchObject({ ok: false, code: 'printed_hash_mismatch' });
  });

  it('reports the verifier’s own code for a changed byte', () => {
    const changed = text.replace(bundle.charter.workshop.title, `${bundle.charter.workshop.title}!`);
    expect(checkBundleText(changed)).toMatchObject({ ok: false, code: 'charter_hash_mismatch' });
    expect(checkBundleText('{')).toMatchObject({ ok: false, code: 'not_json' });
  });

  it('reads the file as bytes and refuses a forged duplicated clause text, as the CLI and the server do', () => {
    expect(checkBundleText(new TextEncoder().encode(text))).toMatchObject({ ok: true });
    const forged = withForgedClauseText(text);
    expect(JSON.parse(forged)).toEqual(JSON.parse(text));
    expect(checkBundleText(new TextEncoder().encode(forged))).toMatchObject({ ok: false, code: 'duplicate_key', params: { key: 'text', path: expect.stringMatching(/^charter\.sections\[\d+\]\.clauses\[\d+\]\.current$/) } });
  });

  it('reads a PDF with the PDF check, and says so when the PDF reader cannot be loaded (offline)', async () => {
    const notPdf = new TextEncoder().encode('%PDF-1.7\n this is not a PDF body');
    expect(await checkCharterPdf(notPdf)).toMatchObject({ ok: false, code: 'pdf_unreadable', pdf: { signatures: [] } });
    const offline = await checkCharterPdf(notPdf, undefined, () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    expect(offline).toMatchObject({ ok: false, code: 'pdf_reader_unavailable', params: { message: 'Failed to fetch dynamically imported module' } });
  });

  it('every verifier and page code has a translation in both languages', () => {
    const missing = [...VERIFY_CODES, ...PAGE_CODES].flatMap((code) =>
      [
        ['id', id.verifyCode],
        ['en', en.verifyCode],
      ].flatMap(([lang, table]) => {
        const value = (table as Record<string, unknown>)[code];
        return typeof value === 'string' && value.trim() ? [] : [`${lang}:${code}`];
      }),
    );
    expect(missing).toEqual([]);
  });
});
