import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';
import { Fingerprint } from '../signing/Fingerprint';
import { capacityText } from '../signing/format';
import { capacityStatuses } from '../signing/signOffModel';
import { FitToStage } from './FitToStage';

/**
 * While the charter is frozen: its fingerprint, large, for signatories to compare with their
 * own screen and the printed copy, and per capacity who has signed and whom we wait for.
 */
export function BoardSigning() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const freeze = state?.freeze;
  if (!state || !freeze?.charterSha256) return <p className="board__empty">{t('board.signingSoon')}</p>;
  const statuses = capacityStatuses(state, { charterVersion: freeze.charterVersion, charterSha256: freeze.charterSha256 });
  return (
    <FitToStage>
      <section className="board-signing" data-testid="board-signing">
        <h2>{t('board.signingTitle', { version: freeze.charterVersion })}</h2>
        <Fingerprint sha256={freeze.charterSha256} />
        <ul className="board-signing__capacities">
          {statuses.map((c) => {
            const done = c.signed.length > 0;
            return (
              <li key={c.capacity} className={`board-signing__capacity${done ? ' is-signed' : ''}`} data-testid="board-capacity" data-capacity={c.capacity} data-signed={done}>
                <span className="board-signing__mark" aria-hidden="true">{done ? '✓' : '…'}</span>
                <strong>{capacityText(c.capacity, i18n.language)}</strong>
                <span className="board-signing__who">
                  {done
                    ? t('board.signedBy', { names: c.signed.map((s) => s.name).join(', ') })
                    : c.enrolled.length
                      ? t('signOff.waitingFor', { names: c.enrolled.map((e) => e.name).join(', ') })
                      : t('signOff.nobodyEnrolled')}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </FitToStage>
  );
}
