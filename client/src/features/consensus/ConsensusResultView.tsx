import { useTranslation } from 'react-i18next';
import { answerCount, type ConsensusCheck, computeConsensusResult, describePaperResult } from '../../../../shared/rules/consensus';
import { ANSWER_KINDS } from '../../../../shared/rules/consensusPresets';
import { SECTORS } from '../../../../shared/schema/stakeholders';
import { sectorLabel } from '../../i18n/labels';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { SectorVerdicts } from './SectorVerdicts';
import { entryOf } from '../../../../shared/schema/records';

/**
 * A consensus check's result: the outcome, answers per kind and sector, reservations, stand-
 * asides, blocks with their reasons and the minority report. Live while the check is open.
 */
export function ConsensusResultView({ check }: { check: ConsensusCheck }) {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const name = (id: string) => entryOf(state?.participants, id)?.displayName ?? '?';
  const record = check.record;
  const result = record?.result ?? computeConsensusResult(check);
  const outcome = record?.outcome ?? result.outcome;
  const answers = answerCount(check);
  // Only the kinds someone chose: eight empty columns do not fit a phone.
  const kinds = ANSWER_KINDS.filter((k) => result.counts[k] > 0);
  return (
    <div className="consensus-result" data-testid="consensus-result" data-outcome={outcome} data-recorded={check.status === 'recorded'}>
      <p className="consensus-result__outcome">
        <span className={`badge badge--outcome-${outcome}`} data-testid="consensus-outcome">{t(`consensus.outcome.${outcome}`)}</span>{' '}
        {check.status === 'open' ? t('consensus.provisional', { count: answers }) : t('consensus.recorded', { count: answers })}
        {record?.fallback && ` · ${t(`consensus.fallback.${record.fallback.kind}`)}: ${record.fallback.adopted ? t('consensus.adopted') : t('consensus.notAdopted')}`}
      </p>
      {kinds.length > 0 && (
      // Focusable, so a keyboard can scroll a table wider than a phone (axe: scrollable-region-focusable).
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled without a mouse
      <section className="table-scroll" tabIndex={0} aria-label={t('consensus.title')}>
      <table className="consensus-table">
        <thead>
          <tr>
            <th scope="col">{t('consensus.sector')}</th>
            {kinds.map((k) => <th key={k} scope="col">{t(`consensus.kind.${k}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {SECTORS.map((s) => (
            <tr key={s} data-testid={`consensus-row-${s}`}>
              <th scope="row">{sectorLabel(s, i18n.language)}</th>
              {kinds.map((k) => <td key={k}>{result.bySector[s][k] || ''}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      </section>
      )}
      {result.paper && <p className="consensus-notes" data-testid="consensus-paper">{textIn(describePaperResult(result.paper), i18n.language)}</p>}
      <SectorVerdicts result={result} />
      {result.blockers.length > 0 && (
        <ul className="consensus-notes consensus-notes--block" data-testid="consensus-blockers">
          {result.blockers.map((b) => <li key={b.participantId}><strong>{t('consensus.kind.block')}: {name(b.participantId)}</strong>{b.reason ? `: ${b.reason}` : ''}</li>)}
        </ul>
      )}
      {result.reservations.length > 0 && (
        <ul className="consensus-notes" data-testid="consensus-reservations">
          {result.reservations.map((r) => <li key={r.participantId}>{t('consensus.kind.reservation')}: {name(r.participantId)}{r.text ? `: ${r.text}` : ''}</li>)}
        </ul>
      )}
      {result.standAsides.length > 0 && (
        <p className="consensus-notes">{t('consensus.kind.stand_aside')}: {result.standAsides.map(name).join(', ')}</p>
      )}
      {record?.minorityReport && (
        <blockquote className="minority-report" data-testid="minority-report">
          <p><strong>{t('consensus.minorityReport')}</strong> ({record.minorityReport.authorIds.map(name).join(', ')})</p>
          <p>{textIn(record.minorityReport.text, i18n.language)}</p>
        </blockquote>
      )}
    </div>
  );
}
