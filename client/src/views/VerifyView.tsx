import '../i18n/verifyStrings';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundlePath, parseVerifyFragment } from '../../../shared/charter/verifyLink';
import { BundlePicker } from '../features/verify/BundlePicker';
import { VerdictView } from '../features/verify/VerdictView';
import { looksLikePdf } from '../../../shared/charter/charterPdfCodes';
import { checkBundleText, checkCharterPdf, type PageVerdict } from '../features/verify/verifyModel';
import { Fingerprint } from '../features/signing/Fingerprint';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * `/verify` (public, no token): a bundle file or naskah PDF the reader brings, or the bundle a
 * printed QR link names (`#w=…&v=…&h=…`), checked here with the shared `verifyBundle` (and, for a
 * PDF, `verifyCharterPdf`, loaded on the first PDF), as the CLI does.
 */
export function VerifyView() {
  const { t } = useTranslation();
  useDocumentTitle(t('verify.title'));
  const [target] = useState(() => parseVerifyFragment(location.hash));
  const [verdict, setVerdict] = useState<PageVerdict | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fetching, setFetching] = useState(Boolean(target));

  useEffect(() => {
    if (!target) return;
    let cancelled = false;
    fetch(bundlePath(target.workshopId, target.charterVersion), { cache: 'no-store' })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return new Uint8Array(await res.arrayBuffer());
      })
      .then(
        (bytes) => !cancelled && setVerdict(checkBundleText(bytes, target.charterSha256)),
        (e: unknown) => !cancelled && setVerdict({ ok: false, code: 'fetch_failed', params: { message: e instanceof Error ? e.message : String(e) }, reasonEn: 'download failed' }),
      )
      .finally(() => !cancelled && setFetching(false));
    return () => {
      cancelled = true;
    };
  }, [target]);

  const [readingPdf, setReadingPdf] = useState(false);
  const picked = useRef(0);
  const onFile = (bytes: Uint8Array, name: string) => {
    const turn = ++picked.current;
    setFileName(name);
    if (!looksLikePdf(bytes)) {
      setReadingPdf(false);
      setVerdict(checkBundleText(bytes, target?.charterSha256));
      return;
    }
    setVerdict(null);
    setReadingPdf(true);
    void checkCharterPdf(bytes, target?.charterSha256).then((v) => {
      if (turn !== picked.current) return; // another file was picked meanwhile
      setVerdict(v);
      setReadingPdf(false);
    });
  };

  return (
    <div className="page page--reading" data-testid="verify-view">
      <h1>{t('verify.title')}</h1>
      <p className="lead">{t('verify.intro')}</p>
      {target && (
        <div className="notice notice--info" data-testid="verify-target">
          <p>{t('verify.fromLink', { workshopId: target.workshopId, version: target.charterVersion })}</p>
          <Fingerprint sha256={target.charterSha256} label={t('verify.printedHash')} />
        </div>
      )}
      {fetching && <p className="loading">{t('verify.fetching')}</p>}
      {readingPdf && (
        <p className="loading" role="status" data-testid="reading-pdf">
          {t('verify.readingPdf')}
        </p>
      )}
      {verdict && <VerdictView verdict={verdict} fileName={fileName} />}
      <BundlePicker onFile={onFile} />
    </div>
  );
}
