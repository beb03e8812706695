import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterDiff } from '../../../../shared/charter/charterDiff';
import { sectionByCode } from '../../../../shared/schema/sections';
import { loadDiff, type VersionInfo } from '../../api/charter';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';

/** Two versions side by side: which clauses were added, removed or changed, and in what. */
export function CharterDiffView({ versions }: { versions: readonly VersionInfo[] }) {
  const { t, i18n } = useTranslation();
  const { workshopId, token } = useSession();
  const last = versions[versions.length - 1]?.version ?? 1;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  const [diff, setDiff] = useState<CharterDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const section = (code: string) => sectionName(code, i18n.language);
  const show = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setDiff(await loadDiff(workshopId, token, from, to));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const choose = (id: string, label: string, value: number, set: (n: number) => void) => (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input input--small" value={value} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v) => <option key={v.version} value={v.version}>v{v.version}</option>)}
      </select>
    </div>
  );
  const text = (x: { id: string; en?: string }) => textIn(x, i18n.language);
  const lines = diff && [
    diff.sections.added.length > 0 && t('diff.sectionsAdded', { sections: diff.sections.added.map(section).join(', ') }),
    diff.sections.removed.length > 0 && t('diff.sectionsRemoved', { sections: diff.sections.removed.map(section).join(', ') }),
    diff.sections.notApplicableChanged.length > 0 && t('diff.notApplicableChanged', { sections: diff.sections.notApplicableChanged.map(section).join(', ') }),
    diff.maklumatChanged && t('diff.maklumat'),
    diff.serviceFlowChanged && t('diff.serviceFlow'),
    diff.signatoriesChanged && t('diff.signatories'),
    diff.contentChanged && t('diff.content'),
  ].filter((x): x is string => Boolean(x));
  const nothing = diff && lines?.length === 0 && diff.clauses.added.length + diff.clauses.removed.length + diff.clauses.changed.length === 0;
  return (
    <section aria-labelledby="diff-title" data-testid="charter-diff">
      <h3 id="diff-title">{t('diff.title')}</h3>
      <form className="form__row" onSubmit={show}>
        {choose('diff-from', t('diff.from'), from, setFrom)}
        {choose('diff-to', t('diff.to'), to, setTo)}
        <button type="submit" className="button" data-testid="diff-show">{t('diff.show')}</button>
      </form>
      {error && <p className="field__error" role="alert">{error}</p>}
      {nothing && <p className="empty">{t('diff.nothing')}</p>}
      {lines && lines.length > 0 && <ul>{lines.map((l) => <li key={l}>{l}</li>)}</ul>}
      {diff && diff.clauses.changed.length > 0 && (
        <>
          <h4>{t('diff.changed')}</h4>
          {diff.clauses.changed.map((c) => (
            <div key={c.clauseId} className="diff-clause" data-testid="diff-changed" data-clause-id={c.clauseId}>
              <p><strong>{section(c.sectionCode)}</strong> · {t('diff.fields', { fields: c.fields.join(', ') })}</p>
              <div className="diff-clause__pair">
                <p className="diff-clause__before"><span className="field__hint">{t('diff.before', { version: diff.from.charterVersion })}</span><del>{text(c.from.text)}</del></p>
                <p className="diff-clause__after"><span className="field__hint">{t('diff.after', { version: diff.to.charterVersion })}</span><ins>{text(c.to.text)}</ins></p>
              </div>
            </div>
          ))}
        </>
      )}
      {diff && (['added', 'removed'] as const).map((kind) => diff.clauses[kind].length > 0 && (
        <div key={kind}>
          <h4>{t(`diff.${kind}`)}</h4>
          <ul>{diff.clauses[kind].map((c) => <li key={c.clauseId} className={`diff-clause--${kind}`}>{section(c.sectionCode)}: {text(c.text)}</li>)}</ul>
        </div>
      ))}
    </section>
  );
}

function sectionName(code: string, language: string): string {
  try {
    return textIn(sectionByCode(code as Parameters<typeof sectionByCode>[0]).name, language);
  } catch {
    return code;
  }
}
