import { useTranslation } from 'react-i18next';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useSession } from '../../session/Session';
import { mySigning } from './signOffModel';

/** On a signatory's own screen: the text is frozen and waits for their signature. */
export function SignOffInvite() {
  const { t } = useTranslation();
  const { workshopId, state, me } = useSession();
  const freeze = state?.freeze;
  if (!state || !freeze?.charterSha256) return null;
  const mine = mySigning(state, me.participantId, { charterVersion: freeze.charterVersion, charterSha256: freeze.charterSha256 });
  if (mine.toSign.length === 0) return null;
  return (
    <p className="notice notice--info sign-off-invite" data-testid="sign-off-invite">
      {t('signOff.invite', { version: freeze.charterVersion })}{' '}
      <Link className="button button--primary" href={paths.signOff(workshopId)} data-testid="open-sign-off">
        {t('signOff.open')}
      </Link>
    </p>
  );
}
