import { useTranslation } from 'react-i18next';
import { paths } from '../../router/routes';
import { QrCode } from './QrCode';

/** The way in, always on the wall: address, code, QR. */
export function BoardJoin({ joinCode }: { joinCode: string }) {
  const { t } = useTranslation();
  const url = `${location.origin}${paths.join(joinCode)}`;
  return (
    <div className="board__join" data-testid="board-join">
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
