import { useTranslation } from 'react-i18next';
import { closeRound, openRound, revealRound } from '../../actions/voting';
import { useCommand } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { TallyChart } from './TallyChart';
import { NotYetVoted } from './NotYetVoted';
import { VoteConfigForm } from './VoteConfigForm';
import { PaperDotsForm } from './PaperDotsForm';
import { currentRound, eligibleVoters } from './voteModel';

/**
 * The facilitator's dot vote: configure, open, close, reveal. While a round is open the console
 * also names who has not voted yet (who voted comes from a facilitator-only endpoint; what they
 * voted stays hidden until the reveal).
 */
export function VoteConsole() {
  const { t, i18n } = useTranslation();
  const { state, workshopId, may } = useSession();
  const command = useCommand();
  const round = currentRound(Object.values(state?.voteRounds ?? {}));
  const eligibleList = eligibleVoters(Object.values(state?.participants ?? {}));
  const eligible = eligibleList.length;
  // A new round once the last one is revealed; a draft round is opened as configured.
  const showForm = !round || round.status === 'revealed';
  return (
    <section className="panel" aria-labelledby="vote-console-title" data-testid="vote-console">
      <h2 id="vote-console-title">{t('vote.consoleTitle')}</h2>
      {round && (
        <div className="vote-console__round" data-testid="vote-round" data-status={round.status}>
          <p>
            <strong>{round.title ? textIn(round.title, i18n.language) : t('vote.title')}</strong> ·{' '}
            <span className={`badge badge--round-${round.status}`}>{t(`vote.status.${round.status}`)}</span>
          </p>
          <p>{t('vote.config.summary', {
            options: t('vote.config.optionCount', { count: round.options.length }),
            dots: t('vote.config.dotsPerPerson', { count: round.budgetPerPerson }),
            cap: round.capPerOption,
          })}</p>
          <p className="vote-console__voters" data-testid="vote-voters" data-voters={round.voters}>
            {t('vote.voters', { voters: round.voters, count: eligible })}
            {round.voters < eligible && ` · ${t('vote.notYet', { count: eligible - round.voters })}`}
          </p>
          {round.status === 'open' && <NotYetVoted workshopId={workshopId} roundId={round.id} voters={round.voters} eligible={eligibleList} />}
          <div className="button-row">
            {round.status === 'draft' && (
              <button type="button" className="button button--primary" disabled={command.busy} onClick={() => command.run(openRound(round.id))}
                data-testid="vote-open">{t('vote.open')}</button>
            )}
            {round.status === 'open' && (
              <button type="button" className="button" disabled={command.busy} onClick={() => command.run(closeRound(round.id))}
                data-testid="vote-close">{t('vote.close')}</button>
            )}
            {round.status === 'closed' && (
              <button type="button" className="button button--primary" disabled={command.busy} onClick={() => command.run(revealRound(round.id))}
                data-testid="vote-reveal">{t('vote.reveal')}</button>
            )}
          </div>
          <RefusalNotice runner={command} />
          {round.status === 'open' && may('enterPaperDots') && <PaperDotsForm round={round} />}
          {round.tally && <TallyChart round={round} />}
        </div>
      )}
      {showForm && <VoteConfigForm />}
    </section>
  );
}
