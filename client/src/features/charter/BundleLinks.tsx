import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundlePath } from '../../../../shared/charter/verifyLink';

/** The wall posters of one version (public routes, like the charter PDF). */
const POSTERS = [
  ['maklumat-a3', 'posterMaklumatA3'],
  ['maklumat-a4', 'posterMaklumatA4'],
  ['standar-pelayanan', 'posterStandar'],
  ['alur-pelayanan', 'posterAlur'],
] as const;

const posterPath = (workshopId: string, version: number, kind: string) => `/api/workshops/${encodeURIComponent(workshopId)}/charter/versions/${version}/${kind}.pdf`;
/** The editable naskah (.docx) and the English translation (PDF), public like the naskah PDF. */
const naskahFilePath = (workshopId: string, version: number, file: 'naskah.docx' | 'naskah-en.pdf') => `/api/workshops/${encodeURIComponent(workshopId)}/charter/versions/${version}/${file}`;

/** Saves the full record (the facilitator's token opens it; plain links get the public view). */
async function downloadFull(workshopId: string, version: number, token: string): Promise<void> {
  const res = await fetch(bundlePath(workshopId, version, 'json'), { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `kontrak-pelayanan-${workshopId}-v${version}-lengkap.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Download links of one version's bundle and posters (public routes, so plain links with
 * `download`: they give the public view, docs/charter-bundle.md). With `fullRecordToken`
 * (facilitators) also the full record, fetched with the token.
 */
export function BundleLinks({ workshopId, version, verifyUrl, fullRecordToken, sealed }: { workshopId: string; version: number; verifyUrl?: string; fullRecordToken?: string; sealed?: boolean }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const name = `kontrak-pelayanan-${workshopId}-v${version}`;
  return (
    <nav className="bundle-links" aria-label={t('charterPanel.downloads', { version })} data-testid="bundle-links" data-version={version}>
      <a className="button button--small" href={bundlePath(workshopId, version, 'json')} download={`${name}.json`} data-testid="download-json">
        ⬇ {t('charterPanel.json')}
      </a>
      <a className="button button--small" href={bundlePath(workshopId, version, 'md')} download={`${name}.md`} data-testid="download-md">
        ⬇ {t('charterPanel.markdown')}
      </a>
      <a className="button button--small" href={bundlePath(workshopId, version, 'pdf')} download={`${name}.pdf`} data-testid="download-pdf">
        ⬇ {t('charterPanel.pdf')}
      </a>
      <a className="button button--small" href={naskahFilePath(workshopId, version, 'naskah.docx')} download={`${name}.docx`} title={t('charterPanel.docxHint')} data-testid="download-docx">
        ⬇ {t('charterPanel.docx')}
      </a>
      <a className="button button--small button--quiet" href={naskahFilePath(workshopId, version, 'naskah-en.pdf')} download={`${name}-en.pdf`} hrefLang="en" data-testid="download-pdf-en">
        ⬇ {t('charterPanel.pdfEn')}
      </a>
      {/* Only a sealed version has a bundle to embed for certified signing. */}
      {sealed && (
        <a
          className="button button--small button--quiet"
          href={bundlePath(workshopId, version, 'pdf').replace(/bundle\.pdf$/, 'bundle-tte.pdf')}
          download={`${name}-tte.pdf`}
          title={t('charterPanel.pdfCertifiedHint')}
          data-testid="download-pdf-tte"
        >
          ⬇ {t('charterPanel.pdfCertified')}
        </a>
      )}
      {fullRecordToken && (
        <button
          type="button"
          className="button button--small button--quiet"
          data-testid="download-full"
          title={t('charterPanel.fullRecordHint')}
          onClick={() => {
            setFailed(false);
            downloadFull(workshopId, version, fullRecordToken).catch(() => setFailed(true));
          }}
        >
          ⬇ {t('charterPanel.fullRecord')}
        </button>
      )}
      {failed && <span className="field__error" role="alert">{t('charterPanel.fullRecordFailed')}</span>}
      {verifyUrl && (
        <a className="button button--small button--quiet" href={verifyUrl} target="_blank" rel="noopener" data-testid="verify-link">
          {t('charterPanel.verifyLink')}
        </a>
      )}
      <span className="bundle-links__posters" data-testid="poster-links">
        <span className="bundle-links__label">{t('charterPanel.posters')}:</span>
        {POSTERS.map(([kind, key]) => (
          <a key={kind} className="button button--small" href={posterPath(workshopId, version, kind)} download={`${kind}-${workshopId}-v${version}.pdf`} data-testid={`download-${kind}`}>
            ⬇ {t(`charterPanel.${key}`)}
          </a>
        ))}
      </span>
    </nav>
  );
}
