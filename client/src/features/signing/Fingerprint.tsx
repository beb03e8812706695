import { useTranslation } from 'react-i18next';
import { groupHash } from './signOffModel';

/** The SHA-256 in groups of four, large, to read aloud and compare with the printed copy. */
export function Fingerprint({ sha256, label }: { sha256: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="fingerprint" data-testid="fingerprint" data-sha256={sha256}>
      <p className="fingerprint__label">
        {label ?? t('signOff.fingerprint')}
      </p>
      <p className="fingerprint__groups">
        {groupHash(sha256).map((g, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: groups repeat; the position is the identity
          <span key={i} className="fingerprint__group">
            {g}
          </span>
        ))}
      </p>
      <p className="field__hint">{t('signOff.fingerprintHint')}</p>
    </div>
  );
}
