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

/** Download links of one version's bundle and posters (public routes, so plain links with `download`). */
export function BundleLinks({ workshopId, version, verifyUrl }: { workshopId: string; version: number; verifyUrl?: string }) {
  const { t } = useTranslation();
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
