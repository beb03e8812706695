import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';
import { BundleLinks } from '../charter/BundleLinks';
import { CharterReview } from '../charter/CharterReview';
import { useCharterVersion } from '../charter/useCharterVersion';
import { Fingerprint } from './Fingerprint';
import { SignatureStatus } from './SignatureStatus';
import { SigningPanel } from './SigningPanel';
import { capacityStatuses, missingCapacities, mySigning } from './signOffModel';

/**
 * The frozen version to review and sign: fingerprint, status per capacity, the viewer's own
 * key and signature, then the full text. Signing is offered only when this browser's own hash
 * of the text shown equals the frozen hash.
 */
export function SignOffPage() {
  const { t } = useTranslation();
  const { workshopId, token, state, me } = useSession();
  const freeze = state?.freeze ?? null;
  const sha = freeze?.charterSha256;
  const signatureCount = state?.charterSignatures.length ?? 0;
  const load = useCharterVersion(workshopId, token, freeze?.charterVersion ?? null, sha, signatureCount);
  if (!state) return <p className="loading">{t('signOff.loading')}</p>;
  if (!freeze || !sha) return <p className="notice notice--info" data-testid="not-frozen">{t('signOff.notFrozen')}</p>;
  const version = { charterVersion: freeze.charterVersion, charterSha256: sha };
  const statuses = capacityStatuses(state, version);
  const mine = mySigning(state, me.participantId, version);
  const complete = missingCapacities(statuses).length === 0;
  return (
    <div className="sign-off" data-testid="sign-off" data-version={freeze.charterVersion}>
      <Fingerprint sha256={sha} />
      {load.hashOk === true && <p className="field__hint" data-testid="hash-checked">✓ {t('signOff.hashChecked')}</p>}
      {load.hashOk === false && <p className="notice notice--error" role="alert" data-testid="hash-mismatch">{t('signOff.hashMismatch')}</p>}
      <SignatureStatus statuses={statuses} />
      {complete && <p className="notice notice--ok" data-testid="all-signed">✓ {t('signOff.allSigned')}</p>}
      {load.view?.sealed && <BundleLinks workshopId={workshopId} version={freeze.charterVersion} verifyUrl={load.view.verifyUrl} />}
      {mine.capacities.length > 0 ? (
        load.hashOk && <SigningPanel mine={mine} version={version} />
      ) : (
        <p className="notice notice--info">{t('signOff.notSignatory')}</p>
      )}
      {load.error && (
        <div className="notice notice--error" role="alert">
          <p>{t('signOff.loadFailed', { message: load.error.message || load.error.code })}</p>
          <button type="button" className="button" onClick={load.retry}>{t('signOff.retry')}</button>
        </div>
      )}
      {!load.view && !load.error && <p className="loading">{t('signOff.loading')}</p>}
      {load.view && <CharterReview charter={load.view.charter} />}
    </div>
  );
}
