import { useTranslation } from 'react-i18next';
import { capacityText, formatWhen } from './format';
import type { CapacityStatus } from './signOffModel';

/** "abab abab abab abab…": the start of a scan's SHA-256, to compare with the office's file. */
const shortHash = (hex: string) => `${hex.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ')}…`;

/** One row per capacity: who signed (name, title, institution, when) or whom we wait for. */
export function SignatureStatus({ statuses }: { statuses: readonly CapacityStatus[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="signature-status-title" data-testid="signature-status">
      <h2 id="signature-status-title">{t('signOff.status')}</h2>
      <ul className="signature-status">
        {statuses.map((c) => {
          const done = c.signed.length > 0;
          return (
            <li key={c.capacity} className={`signature-status__row${done ? ' is-signed' : ''}`} data-testid="capacity-status" data-capacity={c.capacity} data-signed={done}>
              <span className="signature-status__mark" aria-hidden="true">{done ? '✓' : '…'}</span>
              <div>
                <strong>{capacityText(c.capacity, i18n.language)}</strong>{' '}
                <span className="field__hint">({c.required ? t('signOff.required') : t('signOff.optional')})</span>
                {done ? (
                  c.signed.map((s) => (
                    <p key={s.participantId} className="signature-status__who" data-testid="signed-entry" data-method={s.method}>
                      {t('signOff.signedBy', { name: s.name, title: s.title, institution: s.institution })}
                      <span className="field__hint"> · {formatWhen(s.signedAt, i18n.language)}</span>
                      {s.method === 'wet_ink' && (
                        <span className="field__hint signature-status__wet-ink">
                          <br />
                          {t('signOff.wetInk', { recordedBy: s.recordedBy ?? '', at: formatWhen(s.recordedAt ?? s.signedAt, i18n.language) })}
                          {s.scanSha256 && <> · {t('signOff.wetInkScan', { hash: shortHash(s.scanSha256) })}</>}
                        </span>
                      )}
                    </p>
                  ))
                ) : (
                  <p className="signature-status__who">
                    {c.enrolled.length ? t('signOff.waitingFor', { names: c.enrolled.map((e) => e.name).join(', ') }) : t('signOff.nobodyEnrolled')}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
