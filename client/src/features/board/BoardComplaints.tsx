import { useTranslation } from 'react-i18next';
import { complaintCounts, summariseComplaintThemes } from '../../../../shared/rules/complaintThemes';
import { complaintsOf } from '../../../../shared/state/workshopState';
import { useSession } from '../../session/Session';
import { chartBars } from '../complaints/complaintModel';
import { FitToStage } from './FitToStage';

/**
 * The complaint themes as bars, for the back of the room: the largest themes (the rest folded
 * into one bar), each with its count and the clauses that answer it, or "no clause yet".
 * Plain CSS, no chart library; the numbers are text, so the chart reads without colours.
 */
export function BoardComplaints() {
  const { t } = useTranslation();
  const { state } = useSession();
  const { complaints, themes } = complaintsOf(state);
  const list = Object.values(complaints);
  const summary = summariseComplaintThemes(list, Object.values(themes), Object.values(state?.clauses ?? {}));
  const bars = chartBars(summary);
  const total = complaintCounts(list);
  return (
    <FitToStage>
      <div className="board-complaints" data-testid="board-complaints">
        <h2 className="board-complaints__title">{t('complaints.boardTitle')}</h2>
        <p className="board-complaints__total">{t('complaints.boardTotal', { count: total.total, themed: total.total - total.unassigned })}</p>
        {bars.length === 0 ? (
          <p className="board-complaints__empty">{t('complaints.boardEmpty')}</p>
        ) : (
          <ol className="board-complaints__bars">
            {bars.map((bar) => (
              <li key={bar.id || 'other'} className="board-complaints__row" data-testid="board-complaint-bar" data-theme={bar.other ? '' : bar.name} data-count={bar.count}>
                <span className="board-complaints__name">{bar.other ? t('complaints.otherThemes', { count: Number(bar.name) }) : bar.name}</span>
                <span className="board-complaints__track" aria-hidden="true">
                  <span className={`board-complaints__bar${bar.clauseNumbers.length === 0 && !bar.other ? ' is-unanswered' : ''}`} style={{ width: `${Math.max(2, bar.share * 100)}%` }} />
                </span>
                <span className="board-complaints__count">{bar.count}</span>
                {!bar.other && (
                  <span className={`board-complaints__answer${bar.clauseNumbers.length === 0 ? ' is-unanswered' : ''}`}>
                    {bar.clauseNumbers.length === 0 ? t('complaints.boardNoClause') : t('complaints.boardAnswered', { clauses: bar.clauseNumbers.map((n) => `K${n}`).join(', ') })}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </FitToStage>
  );
}
