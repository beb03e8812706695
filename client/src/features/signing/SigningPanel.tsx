import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';
import { KeyRegistration } from './KeyRegistration';
import { SignAction } from './SignAction';
import type { MySigning } from './signOffModel';
import { useSigningKey } from './useSigningKey';

/** The signatory's own part: key (step 1) and a signature per enrolled capacity (step 2). */
export function SigningPanel({ mine, version }: { mine: MySigning; version: { charterVersion: number; charterSha256: string } }) {
  const { t } = useTranslation();
  const { workshopId, me } = useSession();
  const keys = useSigningKey(workshopId, me.participantId);
  const usable = keys.key && mine.registered?.publicKey === keys.key.publicKey ? keys.key : null;
  return (
    <section className="panel signing-panel" aria-labelledby="signing-panel-title" data-testid="signing-panel">
      <h2 id="signing-panel-title">{t('signing.signTitle')}</h2>
      {mine.toSign.length > 0 ? (
        <KeyRegistration keys={keys} registered={mine.registered} />
      ) : (
        <details className="signing-key__done">
          <summary>{t('signing.keyTitle')}</summary>
          <KeyRegistration keys={keys} registered={mine.registered} />
        </details>
      )}
      <h3>2. {t('signing.signTitle')}</h3>
      {mine.registered && !usable && !keys.loading && <p className="notice notice--warn">{t('signing.keyMissing')}</p>}
      {mine.capacities.map((capacity) => (
        <SignAction key={capacity} capacity={capacity} version={version} signingKey={usable} signed={!mine.toSign.includes(capacity)} />
      ))}
    </section>
  );
}
