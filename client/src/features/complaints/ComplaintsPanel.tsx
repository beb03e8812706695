import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintCounts, summariseComplaintThemes } from '../../../../shared/rules/complaintThemes';
import { clauseLabel } from '../../../../shared/schema/clauses';
import type { Complaint } from '../../../../shared/schema/complaints';
import { entryOf } from '../../../../shared/schema/records';
import { complaintsOf } from '../../../../shared/state/workshopState';
import { boardBackToStep } from '../../actions/boardFocus';
import { assignToTheme, defineTheme, setClauseThemes, showComplaintsOnBoard, typeComplaint } from '../../actions/complaints';
import { useCommand } from '../../actions/useCommand';
import { useSession } from '../../session/Session';
import { ComplaintImport } from './ComplaintImport';
import { formatDay, formatMonth, seedFromCategories } from './complaintModel';

const today = () => new Date().toISOString().slice(0, 10);
const counts = (rec: Record<string, number>, none: string, label: (key: string) => string = (k) => k) =>
  Object.entries(rec)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k ? label(k) : none} ${n}`)
    .join(' · ');
/** Months in the order of the calendar, not by count. */
const months = (rec: Record<string, number>, lang: string) =>
  Object.entries(rec)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, n]) => `${formatMonth(k, lang)} ${n}`)
    .join(' · ');

/** The complaints console: import or type complaints, group them into themes, link clauses, show the chart. */
export function ComplaintsPanel() {
  const session = useSession();
  if (!session.may('recordComplaints')) return null;
  return (
    <>
      <ComplaintImport />
      <TypedComplaint />
      <ComplaintThemes />
    </>
  );
}

function TypedComplaint() {
  const { t } = useTranslation();
  const command = useCommand();
  const [date, setDate] = useState(today());
  const [channel, setChannel] = useState('');
  const [text, setText] = useState('');
  const [userGroup, setUserGroup] = useState('');
  const submit = async () => {
    if (await command.run(typeComplaint({ date, channel: channel.trim(), text: text.trim(), ...(userGroup.trim() ? { userGroup: userGroup.trim() } : {}) }))) setText('');
  };
  return (
    <section className="panel" aria-labelledby="complaint-typed-title" data-testid="complaint-typed">
      <h2 id="complaint-typed-title">{t('complaints.typedTitle')}</h2>
      <form className="complaint-typed" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label className="field">
          <span className="field__label">{t('complaints.field.date')}</span>
          <input className="input" type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('complaints.field.channel')}</span>
          <input className="input" type="text" value={channel} required maxLength={80} placeholder={t('complaints.channelExample')} onChange={(e) => setChannel(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('complaints.field.userGroup')}</span>
          <input className="input" type="text" value={userGroup} maxLength={100} onChange={(e) => setUserGroup(e.target.value)} />
        </label>
        <label className="field complaint-typed__text">
          <span className="field__label">{t('complaints.field.text')}</span>
          <textarea className="input" value={text} required maxLength={2000} rows={2} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={command.busy || !text.trim() || !channel.trim()}>{t('complaints.add')}</button>
      </form>
      {command.error && <p className="field__error" role="alert">{command.error}</p>}
    </section>
  );
}

function ComplaintThemes() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const command = useCommand();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [newName, setNewName] = useState('');
  const [target, setTarget] = useState('');
  const [onlyUnsorted, setOnlyUnsorted] = useState(true);
  const { complaints, themes } = complaintsOf(state);
  const list = useMemo(() => Object.values(complaints).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)), [complaints]);
  if (!state) return null;
  const themeList = Object.values(themes);
  const clauses = Object.values(state.clauses).sort((a, b) => a.number - b.number);
  const summary = summariseComplaintThemes(list, themeList, clauses);
  const all = complaintCounts(list);
  const seeds = seedFromCategories(list, themeList);
  const shown = (onlyUnsorted ? list.filter((c) => c.themeId === undefined) : list).slice(0, 300);
  const none = t('complaints.noGroup');

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const seed = async () => {
    for (const plan of seeds) {
      const ok = await command.run(plan.themeId ? assignToTheme(plan.themeId, plan.complaintIds) : defineTheme(plan.name, plan.complaintIds));
      if (!ok) return;
    }
  };
  const create = async () => {
    if (await command.run(defineTheme(newName.trim(), [...selected]))) {
      setNewName('');
      setSelected(new Set());
    }
  };
  const move = async () => {
    if (await command.run(assignToTheme(target === '-' ? null : target, [...selected]))) setSelected(new Set());
  };
  const link = (clauseId: string, themeId: string, on: boolean) => {
    const clause = entryOf(state.clauses, clauseId);
    if (!clause) return;
    const current = clause.complaintThemeIds ?? [];
    void command.run(setClauseThemes(clauseId, on ? [...current, themeId] : current.filter((id) => id !== themeId)));
  };
  const onBoard = state.boardFocus?.kind === 'complaints';

  return (
    <section className="panel complaint-themes" aria-labelledby="complaint-themes-title" data-testid="complaint-themes">
      <h2 id="complaint-themes-title">{t('complaints.themesTitle')}</h2>
      <p className="field__hint" data-testid="complaint-totals">
        {t('complaints.totals', { count: all.total, unassigned: all.unassigned })}
      </p>
      {all.total > 0 && (
        <dl className="complaint-counts">
          <dt>{t('complaints.byChannel')}</dt>
          <dd>{counts(all.byChannel, none)}</dd>
          <dt>{t('complaints.byMonth')}</dt>
          <dd>{months(all.byMonth, i18n.language)}</dd>
          <dt>{t('complaints.byUserGroup')}</dt>
          <dd>{counts(all.byUserGroup, none)}</dd>
        </dl>
      )}
      <p className="complaint-themes__actions">
        <button type="button" className="button button--small" disabled={command.busy || seeds.length === 0} onClick={() => void seed()} data-testid="complaint-seed">
          {t('complaints.seed', { count: seeds.length })}
        </button>{' '}
        <button type="button" className="button button--small" disabled={command.busy} onClick={() => void command.run(onBoard ? boardBackToStep() : showComplaintsOnBoard())} data-testid="complaint-show-board">
          {t(onBoard ? 'complaints.boardBack' : 'complaints.showOnBoard')}
        </button>
      </p>
      {command.error && <p className="field__error" role="alert">{command.error}</p>}
      {summary.length > 0 && (
        <table className="complaint-table" data-testid="complaint-theme-table">
          <thead>
            <tr>
              <th scope="col">{t('complaints.theme')}</th>
              <th scope="col">{t('complaints.count')}</th>
              <th scope="col">{t('complaints.spread')}</th>
              <th scope="col">{t('complaints.answeredBy')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((theme) => (
              <tr key={theme.id} data-testid="complaint-theme-row" data-theme={theme.name}>
                <th scope="row">
                  <ThemeName id={theme.id} name={theme.name} rename={(name) => command.run(defineTheme(name, [], theme.id))} />
                </th>
                <td>{theme.count}</td>
                <td className="complaint-table__spread">
                  {counts(theme.byChannel, none)}
                  <br />
                  {months(theme.byMonth, i18n.language)}
                  <br />
                  {counts(theme.byUserGroup, none)}
                </td>
                <td>
                  {theme.clauseNumbers.length === 0 && <span className="complaint-themes__none">{t('complaints.noClause')}</span>}
                  {clauses
                    .filter((c) => c.complaintThemeIds?.includes(theme.id))
                    .map((c) => (
                      <button key={c.id} type="button" className="chip" title={t('complaints.unlink')} onClick={() => link(c.id, theme.id, false)}>
                        {clauseLabel(c)} ✕
                      </button>
                    ))}
                  <select className="input input--small" value="" aria-label={t('complaints.linkClause', { theme: theme.name })} onChange={(e) => e.target.value && link(e.target.value, theme.id, true)} data-testid="complaint-link-clause">
                    <option value="">{t('complaints.linkPlaceholder')}</option>
                    {clauses
                      .filter((c) => !c.complaintThemeIds?.includes(theme.id))
                      .map((c) => (
                        <option key={c.id} value={c.id}>{clauseLabel(c)}</option>
                      ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.length > 0 && (
        <>
          <div className="complaint-themes__sort">
            <label className="field">
              <span className="field__label">{t('complaints.newTheme')}</span>
              <input className="input" type="text" value={newName} maxLength={80} onChange={(e) => setNewName(e.target.value)} data-testid="complaint-theme-name" />
            </label>
            <button type="button" className="button button--small" disabled={command.busy || !newName.trim()} onClick={() => void create()} data-testid="complaint-theme-create">
              {t('complaints.createTheme', { count: selected.size })}
            </button>
            <label className="field">
              <span className="field__label">{t('complaints.moveTo')}</span>
              <select className="input" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="complaint-move-target">
                <option value="">—</option>
                {themeList.map((th) => (
                  <option key={th.id} value={th.id}>{th.name}</option>
                ))}
                <option value="-">{t('complaints.noTheme')}</option>
              </select>
            </label>
            <button type="button" className="button button--small" disabled={command.busy || !target || selected.size === 0} onClick={() => void move()}>
              {t('complaints.move', { count: selected.size })}
            </button>
            <label className="complaint-themes__filter">
              <input type="checkbox" checked={onlyUnsorted} onChange={(e) => setOnlyUnsorted(e.target.checked)} /> {t('complaints.onlyUnsorted')}
            </label>
          </div>
          <ComplaintList complaints={shown} selected={selected} toggle={toggle} themeName={(id) => (id ? (entryOf(themes, id)?.name ?? '') : '')} />
        </>
      )}
    </section>
  );
}

function ComplaintList({ complaints, selected, toggle, themeName }: { complaints: Complaint[]; selected: ReadonlySet<string>; toggle: (id: string) => void; themeName: (id?: string) => string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="complaint-list" data-testid="complaint-list">
      <table className="complaint-table">
        <thead>
          <tr>
            <th scope="col"><span className="visually-hidden">{t('complaints.select')}</span></th>
            <th scope="col">{t('complaints.field.date')}</th>
            <th scope="col">{t('complaints.field.channel')}</th>
            <th scope="col">{t('complaints.field.text')}</th>
            <th scope="col">{t('complaints.field.userGroup')}</th>
            <th scope="col">{t('complaints.theme')}</th>
          </tr>
        </thead>
        <tbody>
          {complaints.map((c) => (
            <tr key={c.id} data-testid="complaint-row">
              <td><input type="checkbox" checked={selected.has(c.id)} onChange={() => toggle(c.id)} aria-label={t('complaints.selectOne', { text: c.text.slice(0, 60) })} /></td>
              <td>{formatDay(c.date, i18n.language)}</td>
              <td>{c.channel}</td>
              <td>{c.text}</td>
              <td>{c.userGroup ?? ''}</td>
              <td>{themeName(c.themeId) || c.category || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A theme's name, renamed in place (the same command that named it). */
function ThemeName({ id, name, rename }: { id: string; name: string; rename: (name: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <>
        {name}{' '}
        <button type="button" className="button button--small" onClick={() => setDraft(name)} aria-label={t('complaints.rename', { theme: name })} data-testid="complaint-theme-rename">
          ✎
        </button>
      </>
    );
  }
  const save = async () => {
    if (draft.trim() === name || (await rename(draft.trim()))) setDraft(null);
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <input className="input input--small" id={`theme-name-${id}`} value={draft} maxLength={80} required aria-label={t('complaints.rename', { theme: name })} onChange={(e) => setDraft(e.target.value)} />
      <button type="submit" className="button button--small">{t('complaints.save')}</button>
    </form>
  );
}
