import { useTranslation } from 'react-i18next';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useSession } from '../../session/Session';
import { capacityText, formatWhen } from '../signing/format';
import { BundleLinks } from './BundleLinks';
import { CharterDiffView } from './CharterDiffView';
import { WetInkForm } from '../signing/WetInkForm';
import { ReopenForm } from './ReopenForm';
import { useVersions } from './useVersions';

/** After a freeze: every version with its signing progress and downloads, reopen, and the diff. */
export function CharterVersionsPanel() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { workshopId, token, state } = session;
  const refresh = `${state?.freeze?.charterVersion ?? '-'}:${state?.charterVersion ?? 0}:${state?.charterSignatures.length ?? 0}:${state?.wetInkSignatures?.length ?? 0}`;
  const { versions, error } = useVersions(workshopId, token, refresh);
  const current = state?.freeze?.charterVersion ?? null;
  // Only facilitators read the full record (names without consent, each person's answers).
  const fullRecord = session.me.role === 'facilitator' || session.me.role === 'co_facilitator';
  if (!versions || (versions.length === 0 && !current)) return error ? <p className="field__error" role="alert">{error}</p> : null;
  return (
    <section className="panel" aria-labelledby="versions-title" data-testid="charter-versions">
      <h2 id="versions-title">{t('charterPanel.title')}</h2>
      {versions.length === 0 && <p className="empty">{t('charterPanel.none')}</p>}
      <ol className="charter-versions">
        {[...versions].reverse().map((v) => (
          <li key={v.version} className="charter-versions__item" data-testid="charter-version" data-version={v.version} data-sealed={v.sealed}>
            <p className="charter-versions__head">
              <strong>{t('charterPanel.version', { version: v.version })}</strong>
              {v.version === current && <span className="badge"> {t('charterPanel.current')}</span>} · {t('charterPanel.frozenAt', { at: formatWhen(v.createdAt, i18n.language) })}
            </p>
            <p className="charter-versions__sha">SHA-256 <code>{v.sha256}</code></p>
            <p>
              <progress max={3} value={3 - v.missing.length} aria-label={t('charterPanel.progress', { count: v.signatures })} />{' '}
              <span data-testid="signing-progress">{t('charterPanel.progress', { count: v.signatures })}</span>
              {' · '}
              <span className={v.sealed ? 'is-saved' : 'is-unsaved'} data-testid="sealed-status">{v.sealed ? `✓ ${t('charterPanel.sealed')}` : t('charterPanel.notSealed')}</span>
            </p>
            {v.missing.length > 0 && <p className="field__hint">{t('charterPanel.missing', { missing: v.missing.map((c) => capacityText(c, i18n.language)).join(', ') })}</p>}
            <BundleLinks workshopId={workshopId} version={v.version} fullRecordToken={fullRecord ? token : undefined} sealed={v.sealed} />
          </li>
        ))}
      </ol>
      {current !== null && (
        <p>
          <Link className="button button--quiet" href={paths.signOff(workshopId)} data-testid="open-sign-off">{t('charterPanel.signOffLink')}</Link>
        </p>
      )}
      {current !== null && session.may('recordWetInkSignature') && <WetInkForm />}
      {current !== null && session.may('reopenCharter') && <ReopenForm />}
      {versions.length > 1 && <CharterDiffView versions={versions} />}
    </section>
  );
}
