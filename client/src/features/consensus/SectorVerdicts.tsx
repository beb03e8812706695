import { useTranslation } from 'react-i18next';
import { type ConsensusResult, describeSectorResult } from '../../../../shared/rules/consensus';
import { textIn } from '../../i18n/text';

/**
 * One line per sector present when the check started, e.g. "Masyarakat sipil: 1 dari 3
 * mendukung — aturan tidak terpenuhi". Nothing for checks counted per person (before format 6).
 * Names no one, so the board may show it too.
 */
export function SectorVerdicts({ result }: { result: ConsensusResult }) {
  const { t, i18n } = useTranslation();
  const sectors = result.sectors ?? [];
  if (sectors.length === 0) return null;
  return (
    <section className="sector-verdicts" aria-label={t('consensus.sectorsTitle')} data-testid="consensus-sectors">
      <ul className="consensus-notes">
        {sectors.map((s) => (
          <li key={s.sector} data-testid={`consensus-sector-${s.sector}`} data-held={s.ruleHeld && s.quorumHeld} className={s.ruleHeld && s.quorumHeld ? '' : 'sector-verdicts__failed'}>
            {textIn(describeSectorResult(s), i18n.language)}
          </li>
        ))}
      </ul>
      {result.blockedByUsers && <p className="consensus-notes consensus-notes--block" data-testid="consensus-blocked-by-users"><strong>{t('consensus.blockedByUsers')}</strong></p>}
    </section>
  );
}
