import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clauseLabel, currentVersion } from '../../../../shared/schema/clauses';
import { DEFAULT_CAP_PER_OPTION, defaultDotBudget, MAX_DOT_BUDGET, MIN_VOTE_OPTIONS, type VoteVisibility } from '../../../../shared/rules/dotVote';
import { configureClauseRound } from '../../actions/voting';
import { useCommand } from '../../actions/useCommand';
import { useSession } from '../../session/Session';
import { orderedClauses } from '../clauses/clauseView';
import { RefusalNotice } from '../common/RefusalNotice';
import { VOTABLE_STATUSES } from './voteModel';

/**
 * Sets up a dot vote on clauses: which clauses, dots per person (default round(N/3)), the cap
 * per clause (default 2) and hidden-until-reveal (default, against the bandwagon effect).
 */
export function VoteConfigForm() {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const command = useCommand();
  const clauses = orderedClauses(Object.values(session.state?.clauses ?? {}));
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(clauses.filter((c) => (VOTABLE_STATUSES as readonly string[]).includes(c.status)).map((c) => c.id)),
  );
  const [budget, setBudget] = useState<number | null>(null);
  const [cap, setCap] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [visibility, setVisibility] = useState<VoteVisibility>('hidden_until_reveal');
  const n = chosen.size;
  // The command's schema asks for MIN_VOTE_OPTIONS options: a vote between fewer is no choice.
  const tooFew = n < MIN_VOTE_OPTIONS;
  const effectiveBudget = budget ?? defaultDotBudget(n);
  const effectiveCap = Math.min(cap ?? DEFAULT_CAP_PER_OPTION, effectiveBudget);

  const toggle = (clauseId: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(clauseId)) next.delete(clauseId);
      else next.add(clauseId);
      return next;
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const options = clauses.filter((c) => chosen.has(c.id));
    await command.run(configureClauseRound(options, { title, budgetPerPerson: effectiveBudget, capPerOption: effectiveCap, visibility }));
  };

  return (
    <form className="form form--compact" onSubmit={submit} data-testid="vote-config-form">
      <fieldset className="form__checks form__checks--list">
        <legend>{t('vote.config.options', { count: n })}</legend>
        {clauses.map((c) => (
          <label key={c.id}>
            <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} data-testid="vote-config-clause" />{' '}
            <strong>{clauseLabel(c)}</strong> {currentVersion(c).text.id}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('vote.config.title')}</label>
        <input id={`${id}-title`} className="input" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </div>
      <div className="form__row">
        <label className="field field--inline">
          {t('vote.config.budget')}
          <input className="input" type="number" min={1} max={MAX_DOT_BUDGET} value={effectiveBudget}
            onChange={(e) => setBudget(Number(e.target.value) || null)} data-testid="vote-config-budget" />
        </label>
        <label className="field field--inline">
          {t('vote.config.cap')}
          <input className="input" type="number" min={1} max={effectiveBudget} value={effectiveCap}
            onChange={(e) => setCap(Number(e.target.value) || null)} data-testid="vote-config-cap" />
        </label>
        <label className="field field--inline">
          {t('vote.config.visibility')}
          <select className="input" value={visibility} onChange={(e) => setVisibility(e.target.value as VoteVisibility)}>
            <option value="hidden_until_reveal">{t('vote.config.hidden')}</option>
            <option value="open">{t('vote.config.open')}</option>
          </select>
        </label>
      </div>
      <p className="field__hint">{t('vote.config.rule', {
          options: t('vote.config.optionCount', { count: n }),
          dots: t('vote.config.dotsPerPerson', { count: defaultDotBudget(n) }),
        })}</p>
      <RefusalNotice runner={command} />
      {tooFew && <p id={`${id}-too-few`} className="field__hint" data-testid="vote-config-why-not">{t('vote.config.needOptions', { count: MIN_VOTE_OPTIONS })}</p>}
      <button type="submit" className="button button--primary" disabled={command.busy || tooFew}
        aria-describedby={tooFew ? `${id}-too-few` : undefined} data-testid="vote-config-submit">
        {t('vote.config.submit')}
      </button>
    </form>
  );
}
