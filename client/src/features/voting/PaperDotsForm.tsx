import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paperDotsOf, paperVoters, type VoteRoundView } from '../../../../shared/rules/dotVote';
import { SECTORS, type Sector } from '../../../../shared/schema/stakeholders';
import { useCommand } from '../../actions/useCommand';
import { sectorLabel } from '../../i18n/labels';
import { textIn } from '../../i18n/text';
import { RefusalNotice } from '../common/RefusalNotice';
import { type PaperSheet, paperSheetCommands } from './paperPlan';

const sheetOf = (round: VoteRoundView, sector: Sector): PaperSheet => ({
  voters: paperVoters(round, sector),
  dots: Object.fromEntries(round.options.map((o) => [o.id, paperDotsOf(round, o.id, sector)])),
});

/**
 * The facilitator types what the flip chart shows: per sector, how many people voted on paper
 * and the stickers counted on each clause. The maximum beside each field follows the round's
 * budget and cap; the server refuses anything beyond it (the translated reason shows here).
 */
export function PaperDotsForm({ round }: { round: VoteRoundView }) {
  const { t } = useTranslation();
  return (
    <section className="paper-entry" aria-labelledby="paper-dots-title" data-testid="paper-dots">
      <h3 id="paper-dots-title">{t('vote.paper.title')}</h3>
      <p className="field__hint">{t('vote.paper.hint', { budget: round.budgetPerPerson, cap: round.capPerOption })}</p>
      <div className="paper-entry__sectors">
        {SECTORS.map((sector) => <PaperSectorSheet key={`${round.id}-${sector}`} round={round} sector={sector} />)}
      </div>
    </section>
  );
}

function PaperSectorSheet({ round, sector }: { round: VoteRoundView; sector: Sector }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const command = useCommand();
  const [sheet, setSheet] = useState<PaperSheet>(() => sheetOf(round, sector));
  const [saved, setSaved] = useState(false);
  const label = sectorLabel(sector, i18n.language);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    for (const c of paperSheetCommands(round, sector, sheet)) if (!(await command.run(c))) return;
    setSaved(true);
  };
  const number = (value: string) => Math.max(0, Math.floor(Number(value) || 0));
  // No `max` on the inputs: the browser would block the form silently; the server's refusal
  // says why in words, and the hint beside each field shows the bound.
  return (
    <form className="paper-entry__sheet" onSubmit={submit} data-testid={`paper-dots-${sector}`}>
      <fieldset>
        <legend className={`paper-entry__sector sector--${sector}`}>{label}</legend>
        <label className="paper-entry__field paper-entry__field--voters" htmlFor={`${id}-voters`}>
          <span>{t('vote.paper.voters')}</span>
          <input id={`${id}-voters`} className="input" type="number" inputMode="numeric" min={0} max={500} value={sheet.voters}
            onChange={(e) => setSheet((s) => ({ ...s, voters: number(e.target.value) }))} data-testid="paper-voters" />
        </label>
        {round.options.map((o) => (
          <label key={o.id} className="paper-entry__field" htmlFor={`${id}-${o.id}`}>
            <span className="paper-entry__option">{textIn(o.label, i18n.language)}</span>
            <span className="paper-entry__input">
              <input id={`${id}-${o.id}`} className="input" type="number" inputMode="numeric" min={0}
                value={sheet.dots[o.id] ?? 0}
                onChange={(e) => setSheet((s) => ({ ...s, dots: { ...s.dots, [o.id]: number(e.target.value) } }))} data-testid="paper-dots-input" />
              <span className="field__hint">{t('vote.paper.max', { max: sheet.voters * round.capPerOption })}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <RefusalNotice runner={command} />
      {saved && !command.error && <p className="field__hint" role="status" data-testid="paper-saved">{t('vote.paper.saved')}</p>}
      <button type="submit" className="button button--small" disabled={command.busy} data-testid="paper-dots-save">
        {t('vote.paper.save', { sector: label })}
      </button>
    </form>
  );
}
