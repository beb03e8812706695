import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';
import { clausesBySection } from '../clauses/clauseView';
import { ServiceFlowChart } from '../serviceFlow/ServiceFlowChart';
import { useFlowSteps } from '../serviceFlow/useFlowSteps';
import { BoardClauses } from './BoardClauses';
import { FitToStage } from './FitToStage';
import { useRotation } from './useRotation';

/** How long each page stays on the wall: long enough to read a page of clauses aloud. */
export const PAGE_MS = 20_000;

/**
 * The view of the drafting steps: the clauses by section, page after page, then the service
 * flow; the pages take turns. The facilitator spotlights one clause to stop the turning.
 */
export function BoardOverview() {
  const { t } = useTranslation();
  const { state } = useSession();
  const flow = useFlowSteps();
  const clauses = Object.values(state?.clauses ?? {});
  const groups = clausesBySection(clauses);
  const [clausePages, setClausePages] = useState(1);
  const onPages = useCallback((n: number) => setClausePages(Math.max(1, n)), []);
  const withClauses = groups.length > 0 ? clausePages : 0;
  const total = withClauses + (flow.length > 0 ? 1 : 0);
  const index = useRotation(total, PAGE_MS);
  if (total === 0) return <p className="board__empty">{t('clause.none')}</p>;
  const onFlow = index >= withClauses;
  return (
    <section className="board-overview" data-testid="board-overview" data-page={index + 1} data-pages={total}>
      <div className="board-overview__pages">
        {withClauses > 0 && (
          <div className={`board-overview__page${onFlow ? ' is-behind' : ''}`} aria-hidden={onFlow || undefined}>
            <BoardClauses groups={groups} page={index} onPages={onPages} />
          </div>
        )}
        {flow.length > 0 && (
          <FitToStage className={`board-overview__page${onFlow ? '' : ' is-behind'}`}>
            <section className="board__flow" data-testid="board-flow" aria-hidden={!onFlow || undefined}>
              <h2>{t('flow.title')}</h2>
              <ServiceFlowChart steps={flow} big />
            </section>
          </FitToStage>
        )}
      </div>
      {total > 1 && (
        <p className="board-overview__pager" data-testid="board-pager">
          {t('board.page', { page: index + 1, pages: total })}
        </p>
      )}
    </section>
  );
}
