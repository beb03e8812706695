import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatoryCapacity } from '../../../../shared/rules/signatories';
import { useCommand } from '../../actions/useCommand';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { capacityText } from './format';
import { signCharterCommand, type StoredKey } from './signer';

interface Props {
  capacity: SignatoryCapacity;
  version: { charterVersion: number; charterSha256: string };
  /** The key kept here, only when it is the registered one. */
  signingKey: StoredKey | null;
  signed: boolean;
}

/** Step 2, per capacity: an explicit confirmation, then the signature made in this browser. */
export function SignAction({ capacity, version, signingKey, signed }: Props) {
  const { t, i18n } = useTranslation();
  const { workshopId } = useSession();
  const command = useCommand();
  const [agreed, setAgreed] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const label = capacityText(capacity, i18n.language);
  if (signed) {
    return <p className="notice notice--ok" data-testid="signed" data-capacity={capacity}>✓ {t('signing.signed', { capacity: label })}</p>;
  }
  const sign = async () => {
    if (!signingKey) return;
    setLocalError(null);
    try {
      const signCommand = await signCharterCommand(signingKey, { workshopId, ...version, capacity });
      await command.run(signCommand);
    } catch (e) {
      setLocalError(t('signing.localCheckFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const checkId = `sign-confirm-${capacity}`;
  return (
    <div className="sign-action" data-testid="sign-action" data-capacity={capacity}>
      <p className="check sign-action__confirm">
        <input id={checkId} type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} data-testid="sign-confirm" />
        <label htmlFor={checkId}>
          {t('signing.confirm', { version: version.charterVersion, short: version.charterSha256.slice(0, 8), capacity: label })}
        </label>
      </p>
      {!signingKey && <p id={`${checkId}-why-not`} className="field__hint" data-testid="sign-why-not">{t('signing.needKey')}</p>}
      {localError && <p className="field__error" role="alert">{localError}</p>}
      <RefusalNotice runner={command} />
      <button type="button" className="button button--primary button--big" disabled={!agreed || !signingKey || command.busy} onClick={sign}
        aria-describedby={signingKey ? undefined : `${checkId}-why-not`} data-testid="sign-button">
        {t('signing.sign', { capacity: label })}
      </button>
    </div>
  );
}
