import { useTranslation } from 'react-i18next';
import { paths } from '../../router/routes';
import { QrCode } from './QrCode';

/**
 * The way in, always on the wall: address, code, QR. Large while people join; afterwards a
 * small corner, so the room's work has the screen (the QR still scans from the front rows).
 */
export function BoardJoin({ joinCode, compact }: { joinCode: string; compact: boolean }) {
  const { t } = useTranslation();
  const url = `${location.origin}${paths.join(joinCode)}`;
  return (
    <div className={`board__join${compact ? ' board__join--compact' : ''}`} data-testid="board-join" data-compact={compact}>
      <QrCode value={url} label={t('board.qrLabel', { url })} />
      <p className="board__join-text">
        <span className="board__join-label">{t('board.joinAt', { host: location.host })}</span>
        <span className="board__join-code" data-testid="join-code">
          {joinCode}
        </span>
      </p>
    </div>
  );
}
