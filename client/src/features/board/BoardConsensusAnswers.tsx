import { useTranslation } from 'react-i18next';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { answerCount, computeConsensusResult, describePaperResult } from '../../../../shared/rules/consensus';
import { ANSWER_KINDS } from '../../../../shared/rules/consensusPresets';
import { entryOf } from '../../../../shared/schema/records';
import { SECTORS } from '../../../../shared/schema/stakeholders';
import { boardOptionsOf } from '../../../../shared/state/workshopState';
import { sectorLabel } from '../../i18n/labels';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { SectorVerdicts } from '../consensus/SectorVerdicts';

/**
 * A consensus check as the wall shows it: never a name. The outcome and how many answered per
 * sector; with the facilitator's option "per sector", also the answers per sector and the
 * reasons of blocks and reservations, each with its sector only. A recorded minority report is
 * shown without its authors' names.
 */
export function BoardConsensusAnswers({ check }: { check: ConsensusCheck }) {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const bySector = boardOptionsOf(state).consensusBySector;
  const result = check.record?.result ?? computeConsensusResult(check);
  const outcome = check.record?.outcome ?? result.outcome;
  const sectorOf = (id: string) => {
    const sector = entryOf(check.answers, id)?.sector ?? entryOf(state?.participants, id)?.sector;
    return sector ? sectorLabel(sector, i18n.language) : '—';
  };
  const answered = (s: (typeof SECTORS)[number]) => ANSWER_KINDS.reduce((sum, k) => sum + (result.bySector[s][k] ?? 0), 0);
  const kinds = ANSWER_KINDS.filter((k) => result.counts[k] > 0);
  const count = answerCount(check);
  return (
    <div className="board-answers" data-testid="board-answers" data-outcome={outcome} data-by-sector={bySector}>
      <p className="board-answers__outcome">
        <span className={`badge badge--outcome-${outcome}`} data-testid="consensus-outcome">{t(`consensus.outcome.${outcome}`)}</span>{' '}
        {check.status === 'open' ? t('consensus.provisional', { count }) : t('consensus.recorded', { count })}
      </p>
      <table className="consensus-table">
        <thead>
          <tr>
            <th scope="col">{t('consensus.sector')}</th>
            {bySector ? kinds.map((k) => <th key={k} scope="col">{t(`consensus.kind.${k}`)}</th>) : <th scope="col">{t('board.answered')}</th>}
          </tr>
        </thead>
        <tbody>
          {SECTORS.map((s) => (
            <tr key={s}>
              <th scope="row">{sectorLabel(s, i18n.language)}</th>
              {bySector ? kinds.map((k) => <td key={k}>{result.bySector[s][k] || ''}</td>) : <td>{answered(s)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {result.paper && <p className="board-answers__paper" data-testid="board-paper">{textIn(describePaperResult(result.paper), i18n.language)}</p>}
      {/* Per sector, the rule's verdict is part of the recorded outcome; while answers arrive it shows only with "per sector". */}
      {(bySector || check.status === 'recorded') && <SectorVerdicts result={result} />}
      {bySector && result.blockers.length > 0 && (
        <ul className="consensus-notes consensus-notes--block" data-testid="consensus-blockers">
          {result.blockers.map((b) => (
            <li key={b.participantId}>
              <strong>{t('consensus.kind.block')} ({sectorOf(b.participantId)})</strong>{b.reason ? `: ${b.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
      {bySector && result.reservations.length > 0 && (
        <ul className="consensus-notes" data-testid="consensus-reservations">
          {result.reservations.map((r) => (
            <li key={r.participantId}>{t('consensus.kind.reservation')} ({sectorOf(r.participantId)}){r.text ? `: ${r.text}` : ''}</li>
          ))}
        </ul>
      )}
      {check.record?.minorityReport && (
        <blockquote className="minority-report" data-testid="minority-report">
          <p><strong>{t('consensus.minorityReport')}</strong></p>
          <p>{textIn(check.record.minorityReport.text, i18n.language)}</p>
        </blockquote>
      )}
    </div>
  );
}
