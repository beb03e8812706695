import { useTranslation } from 'react-i18next';
import { describePaperDots, type VoteRoundView } from '../../../../shared/rules/dotVote';
import { SECTORS } from '../../../../shared/schema/stakeholders';
import { sectorLabel } from '../../i18n/labels';
import { textIn } from '../../i18n/text';
import { entryOf } from '../../../../shared/schema/records';

/**
 * Revealed dots per option as stacked bars, one segment per sector, each with its number
 * written in it (never colour alone). Nothing is drawn before the tally is public.
 */
export function TallyChart({ round, big = false }: { round: VoteRoundView; big?: boolean }) {
  const { t, i18n } = useTranslation();
  const tally = round.tally;
  if (!tally) return null;
  const max = Math.max(1, ...Object.values(tally.total));
  const label = (id: string) => textIn(round.options.find((o) => o.id === id)?.label, i18n.language);
  return (
    <figure className={`tally${big ? ' tally--big' : ''}`} data-testid="tally-chart">
      <figcaption className="tally__legend">
        {SECTORS.map((s) => (
          <span key={s} className={`tally__key sector--${s}`}>
            <span className="tally__swatch" aria-hidden="true" /> {sectorLabel(s, i18n.language)}
          </span>
        ))}
      </figcaption>
      <ol className="tally__rows">
        {tally.ranking.map((optionId) => {
          const total = entryOf(tally.total, optionId) ?? 0;
          const bySector = entryOf(tally.bySector, optionId);
          return (
            <li key={optionId} className="tally__row" data-testid="tally-row" data-total={total}>
              <span className="tally__label">{label(optionId)}</span>
              <span className="tally__bar" style={{ width: `${(total / max) * 100}%` }} aria-hidden="true">
                {SECTORS.map((s) =>
                  bySector && bySector[s] > 0 ? (
                    <span key={s} className={`tally__segment sector--${s}`} style={{ flexGrow: bySector[s] }} data-testid={`tally-${s}`}>
                      {bySector[s]}
                    </span>
                  ) : null,
                )}
              </span>
              <span className="tally__total">
                {t('vote.dotsCount', { count: total })}
                {(entryOf(tally.paper?.total ?? {}, optionId) ?? 0) > 0 && (
                  <span className="tally__paper-count" data-testid="tally-paper-count"> · {t('vote.paper.perOption', { dots: entryOf(tally.paper!.total, optionId) })}</span>
                )}
                <span className="visually-hidden">
                  {SECTORS.map((s) => ` ${sectorLabel(s, i18n.language)} ${bySector?.[s] ?? 0};`).join('')}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      {tally.paper && <p className="tally__paper" data-testid="tally-paper">{textIn(describePaperDots(tally.paper), i18n.language)}</p>}
    </figure>
  );
}
