import { useTranslation } from 'react-i18next';
import { castDot, removeDot } from '../../actions/voting';
import { useCommand } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { addDotBlock, dotsLeft } from './myDots';
import { TallyChart } from './TallyChart';
import { useMyDots } from './useMyDots';
import { currentRound } from './voteModel';
import { entryOf } from '../../../../shared/schema/records';

/** Place and take back dots; dots left always in view; the reason when the server refuses. */
export function VotePanel() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const command = useCommand();
  const round = currentRound(Object.values(session.state?.voteRounds ?? {}));
  const { ledger, applied, refused } = useMyDots(session.workshopId, round?.id, session.author.participantId);
  if (!round || round.status === 'draft') {
    return (
      <section className="panel" data-testid="vote-panel" data-state="none">
        <h2>{t('vote.title')}</h2>
        <p className="empty">{t('vote.noRound')}</p>
      </section>
    );
  }
  const left = dotsLeft(round.budgetPerPerson, ledger);
  const open = round.status === 'open';
  const change = async (optionId: string, delta: 1 | -1) => {
    const result = await command.attempt(delta === 1 ? castDot(round.id, optionId) : removeDot(round.id, optionId));
    // A refusal may correct the ledger (e.g. "no dot to remove" after voting on another device).
    if (result.ok) applied(optionId, delta);
    else refused(optionId, result.code);
  };
  return (
    <section className="panel vote" aria-labelledby="vote-title" data-testid="vote-panel" data-state={round.status}>
      <h2 id="vote-title">{round.title ? textIn(round.title, i18n.language) : t('vote.title')}</h2>
      <p id="vote-dots-left" className="vote__left" role="status" data-testid="dots-left" data-left={left}>
        <span className="vote__dots" aria-hidden="true">{'●'.repeat(left)}{'○'.repeat(round.budgetPerPerson - left)}</span>{' '}
        {t('vote.dotsLeft', { left, budget: round.budgetPerPerson })} · {t('vote.cap', { count: round.capPerOption })}
        {open && left === 0 && <> · {t('vote.budgetUsed')}</>}
      </p>
      {!open && <p className="notice notice--info">{t(`vote.status.${round.status}`)}</p>}
      {round.visibility === 'hidden_until_reveal' && open && <p className="field__hint">{t('vote.hiddenHint')}</p>}
      <RefusalNotice runner={command} />
      <ul className="vote__options">
        {round.options.map((option) => {
          const mine = entryOf(ledger, option.id) ?? 0;
          const label = textIn(option.label, i18n.language);
          const block = open ? addDotBlock(mine, round.capPerOption, left) : null;
          const blockId = `vote-block-${option.id}`;
          return (
            <li key={option.id} className="vote__option" data-testid="vote-option" data-mine={mine}>
              <span className="vote__label">{label}</span>
              <span className="vote__mine">
                <span aria-hidden="true">{'●'.repeat(mine) || '–'}</span>
                <span className="visually-hidden">{t('vote.mine', { count: mine })}</span>
              </span>
              <button type="button" className="button button--small" disabled={!open || command.busy || mine === 0}
                aria-label={t('vote.removeFrom', { option: label })} data-testid="vote-remove" onClick={() => change(option.id, -1)}>
                −
              </button>
              <button type="button" className="button button--small button--primary" disabled={!open || command.busy || block !== null}
                aria-label={t('vote.addTo', { option: label })} aria-describedby={block === 'dot_cap_reached' ? blockId : block ? 'vote-dots-left' : undefined}
                data-testid="vote-add" data-block={block ?? undefined} onClick={() => change(option.id, 1)}>
                +
              </button>
              {block === 'dot_cap_reached' && (
                <span id={blockId} className="vote__block field__hint" data-testid="vote-block">
                  {t('vote.capReached')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {round.tally && <TallyChart round={round} />}
    </section>
  );
}
