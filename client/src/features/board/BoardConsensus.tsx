import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';
import { BoardNotApplicable } from './BoardNotApplicable';
import { BoardSpotlight } from './BoardSpotlight';
import { compareTimes } from '../common/timeOrder';

/** During the consensus step: the open check (answers arriving), else the latest recorded one. */
export function BoardConsensus() {
  const { t } = useTranslation();
  const { state } = useSession();
  const checks = Object.values(state?.consensusChecks ?? {}).sort((a, b) => compareTimes(b.startedAt, a.startedAt));
  const check = checks.find((c) => c.status === 'open') ?? checks[0];
  if (!check) return <p className="board__empty">{t('consensus.none')}</p>;
  return check.clauseId ? <BoardSpotlight clauseId={check.clauseId} /> : <BoardNotApplicable check={check} />;
}
