import { useTranslation } from 'react-i18next';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { TallyChart } from '../voting/TallyChart';
import { currentRound, eligibleVoters } from '../voting/voteModel';

/** The dot vote on the wall: only how many have voted until the reveal, then dots per sector. */
export function BoardVote() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const round = currentRound(Object.values(state?.voteRounds ?? {}));
  if (!round) return <p className="board__empty">{t('vote.noRound')}</p>;
  const eligible = eligibleVoters(Object.values(state?.participants ?? {})).length;
  const paperVoters = Object.values(round.paper?.voters ?? {}).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <section className="board-vote" data-testid="board-vote" data-status={round.status}>
      <h2>{round.title ? textIn(round.title, i18n.language) : t('vote.title')}</h2>
      {round.tally ? (
        <TallyChart round={round} big />
      ) : (
        <>
          <p className="board-vote__count" data-testid="board-voters">{t('vote.voters', { voters: round.voters, count: eligible })}</p>
          {paperVoters > 0 && <p className="board-vote__count" data-testid="board-paper-voters">{t('vote.paper.onBoard', { voters: paperVoters })}</p>}
          <p className="board-vote__hidden">{t(round.status === 'draft' ? 'vote.status.draft' : 'vote.hiddenUntilReveal')}</p>
        </>
      )}
    </section>
  );
}
