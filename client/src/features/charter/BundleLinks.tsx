import { useTranslation } from 'react-i18next';
import { bundlePath } from '../../../../shared/charter/verifyLink';

/** Download links of one version's bundle (public routes, so plain links with `download`). */
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
    </nav>
  );
}
