import { Fragment, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clause } from '../../../../shared/schema/clauses';
import { clauseLabel, currentVersion } from '../../../../shared/schema/clauses';
import type { SectionGroup } from '../clauses/clauseView';
import { clauseStatusText, commitmentLabelKey } from '../clauses/clauseView';
import { AskDetails, CommitmentText, ConditionLinks } from '../clauses/CapacityText';
import { useSession } from '../../session/Session';
import { MeasureText } from '../clauses/Measure';
import { textIn } from '../../i18n/text';
import { FitToStage } from './FitToStage';
import { paginate } from './paginate';

type Row = { kind: 'section'; group: SectionGroup } | { kind: 'clause'; group: SectionGroup; clause: Clause };

/**
 * Every clause by charter section (users' ask, provider's baseline, commitment side by side),
 * cut into pages that fit the stage: the rows are measured in an invisible copy of the table.
 * `page` is the page on show; `onPages` reports how many there are.
 */
export function BoardClauses({ groups, page, onPages }: {
  groups: readonly SectionGroup[];
  page: number;
  onPages: (count: number) => void;
}) {
  const rows: Row[] = groups.flatMap((group): Row[] => [{ kind: 'section', group }, ...group.clauses.map((clause): Row => ({ kind: 'clause', group, clause }))]);
  const box = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLTableElement>(null);
  const [pages, setPages] = useState<number[][]>([rows.map((_, i) => i)]);
  const key = rows.map((r) => (r.kind === 'section' ? r.group.section.code : `${r.clause.id}:${r.clause.versions.length}:${r.clause.status}`)).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure when the rows change (key) or the stage resizes
  useLayoutEffect(() => {
    const outer = box.current;
    const table = measure.current;
    if (!outer || !table) return;
    const layout = () => {
      const body = Array.from(table.tBodies[0]?.rows ?? []);
      const head = table.tHead?.offsetHeight ?? 0;
      const heading = Math.max(0, ...body.filter((r) => r.dataset.kind === 'section').map((r) => r.offsetHeight));
      const next = paginate(body.map((r) => r.offsetHeight), Math.max(1, outer.clientHeight - head - heading), body.map((r) => r.dataset.kind === 'section'));
      setPages((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
    };
    layout();
    // The stage's size, and the rows' heights (fonts arriving, text changing) both move the cuts.
    const resized = new ResizeObserver(layout);
    resized.observe(outer);
    resized.observe(table);
    void document.fonts?.ready.then(layout);
    return () => resized.disconnect();
  }, [key]);
  useLayoutEffect(() => onPages(pages.length), [pages.length, onPages]);
  const shown = pages[Math.min(page, pages.length - 1)] ?? [];
  const first = rows[shown[0] ?? -1];
  const continued = first?.kind === 'clause' ? first.group : null;
  return (
    <div className="board-clauses-box" ref={box}>
      <ClauseTable rows={rows} tableRef={measure} hidden />
      {/* A single row taller than the stage still fits: its page shrinks. */}
      <FitToStage>
        <ClauseTable rows={shown.map((i) => rows[i] as Row)} continued={continued} />
      </FitToStage>
    </div>
  );
}

function ClauseTable({ rows, continued = null, hidden = false, tableRef }: {
  rows: readonly Row[];
  continued?: SectionGroup | null;
  hidden?: boolean;
  tableRef?: React.Ref<HTMLTableElement>;
}) {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const heading = (group: SectionGroup, more: boolean) => (
    <tr className="board-clauses__section" data-kind="section" data-section={group.section.code}>
      <th scope="rowgroup" colSpan={4}>{textIn(group.section.name, i18n.language)}{more && ` ${t('board.continued')}`}</th>
    </tr>
  );
  return (
    <table className={`board-clauses${hidden ? ' board-clauses--measure' : ''}`} ref={tableRef} aria-hidden={hidden || undefined}
      data-testid={hidden ? undefined : 'board-clauses'}>
      <colgroup><col className="board-clauses__col-text" /><col /><col /><col /></colgroup>
      <thead>
        <tr>
          <th scope="col">{t('clause.clause')}</th>
          <th scope="col">{t('clause.usersAsk')}</th>
          <th scope="col">{t('clause.providerBaseline')}</th>
          <th scope="col">{t('clause.commitmentColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {continued && heading(continued, true)}
        {rows.map((row) => {
          if (row.kind === 'section') return <Fragment key={`s-${row.group.section.code}`}>{heading(row.group, false)}</Fragment>;
          const c = row.clause;
          const version = currentVersion(c);
          const status = clauseStatusText(c, state, i18n.language, (s) => t(`clauseStatus.${s}`));
          return (
            <tr key={c.id} data-kind="clause" data-testid={hidden ? undefined : 'board-clause'} data-status={c.status}>
              <td>
                <strong>{clauseLabel(c)}</strong> <span className={`badge badge--${status.fallback ? 'decided_by_fallback' : c.status}`} data-fallback={status.fallback || undefined}>{status.text}</span>
                <ConditionLinks clause={c} clauses={state?.clauses} />
                <span className="board-clauses__text" lang="id">{version.text.id}</span>
              </td>
              <td><MeasureText measure={c.usersAsk} /> <AskDetails clause={c} /></td>
              <td><MeasureText measure={c.providerBaseline} /></td>
              <td className="board-clauses__commitment" data-testid={hidden ? undefined : 'board-commitment'}>
                {version.commitment && <span className="board-clauses__label">{t(commitmentLabelKey(c.status, status.fallback))}</span>}
                <CommitmentText commitment={version.commitment} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
