import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { CONSENSUS_PRESETS } from '../../../../shared/rules/consensusPresets';
import { SECTORS, type Sector } from '../../../../shared/schema/stakeholders';
import { enterPaperCards } from '../../actions/consensus';
import { useCommand } from '../../actions/useCommand';
import { sectorLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';

/**
 * Paper consensus cards, one small form per sector: how many people answer on paper and how
 * many cards were raised at each level of the check's scale. They count as members and
 * answers of their sector (shared/rules/consensus.ts `PaperCards`).
 */
export function PaperCardsForm({ check }: { check: ConsensusCheck }) {
  const { t } = useTranslation();
  const { may } = useSession();
  if (check.status !== 'open' || !may('enterPaperCards')) return null;
  return (
    <section className="paper-entry" aria-labelledby={`paper-cards-${check.id}`} data-testid="paper-cards">
      <h3 id={`paper-cards-${check.id}`}>{t('consensus.paper.title')}</h3>
      <p className="field__hint">{t('consensus.paper.hint')}</p>
      <div className="paper-entry__sectors">
        {SECTORS.map((sector) => <PaperSectorCards key={sector} check={check} sector={sector} />)}
      </div>
    </section>
  );
}

function PaperSectorCards({ check, sector }: { check: ConsensusCheck; sector: Sector }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const command = useCommand();
  const levels = CONSENSUS_PRESETS[check.preset].levels;
  const entered = check.paper?.[sector];
  const [participants, setParticipants] = useState(entered?.participants ?? 0);
  const [counts, setCounts] = useState<Record<number, number>>(() => Object.fromEntries(levels.map((l) => [l.value, entered?.counts.find((c) => c.level === l.value)?.count ?? 0])));
  const [saved, setSaved] = useState(false);
  const label = sectorLabel(sector, i18n.language);
  const number = (value: string) => Math.max(0, Math.floor(Number(value) || 0));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(await command.run(enterPaperCards(check.id, sector, participants, counts)));
  };
  return (
    <form className="paper-entry__sheet" onSubmit={submit} data-testid={`paper-cards-${sector}`}>
      <fieldset>
        <legend className={`paper-entry__sector sector--${sector}`}>{label}</legend>
        <label className="paper-entry__field paper-entry__field--voters" htmlFor={`${id}-n`}>
          <span>{t('consensus.paper.participants')}</span>
          <input id={`${id}-n`} className="input" type="number" inputMode="numeric" min={0} max={500} value={participants}
            onChange={(e) => setParticipants(number(e.target.value))} data-testid="paper-participants" />
        </label>
        {levels.map((level) => (
          <label key={level.value} className="paper-entry__field" htmlFor={`${id}-${level.value}`}>
            <span className="paper-entry__option">{level.value} · {level.label[i18n.language === 'en' ? 'en' : 'id']}</span>
            <input id={`${id}-${level.value}`} className="input" type="number" inputMode="numeric" min={0} value={counts[level.value] ?? 0}
              onChange={(e) => setCounts((c) => ({ ...c, [level.value]: number(e.target.value) }))} data-testid={`paper-level-${level.value}`} />
          </label>
        ))}
      </fieldset>
      <RefusalNotice runner={command} />
      {saved && !command.error && <p className="field__hint" role="status" data-testid="paper-saved">{t('consensus.paper.saved')}</p>}
      <button type="submit" className="button button--small" disabled={command.busy} data-testid="paper-cards-save">
        {t('consensus.paper.save', { sector: label })}
      </button>
    </form>
  );
}
