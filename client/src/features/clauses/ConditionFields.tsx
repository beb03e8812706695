import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Clause, clauseLabel, conditionIdOf, currentVersion, dependentsOf, isConditionSection } from '../../../../shared/schema/clauses';
import { orderedClauses } from './clauseView';

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * Clauses a promise may rest on: clauses of their own in staff, facilities or provider
 * obligations that rest on nothing themselves (the server refuses chains), never the clause itself.
 */
export function conditionCandidates(clauses: readonly Clause[], self?: Clause): Clause[] {
  if (self && dependentsOf(clauses, self.id).length > 0) return [];
  return orderedClauses(clauses).filter((c) => c.id !== self?.id && isConditionSection(c.sectionCode) && !conditionIdOf(c) && c.status !== 'rejected');
}

/**
 * What users asked for in words ("petugas ramah dan menjelaskan dengan bahasa daerah"), and the
 * condition the promise rests on ("asalkan tambahan satu petugas verifikasi"), which is a clause
 * of its own so that the promised resource is bound too.
 */
export function ConditionFields({ clauses, self, askText, onAskText, conditionId, onConditionId, testId }: {
  clauses: readonly Clause[];
  self?: Clause;
  askText: string;
  onAskText: (text: string) => void;
  conditionId: string;
  onConditionId: (id: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const kept = clauses.find((c) => c.id === conditionId);
  const offered = conditionCandidates(clauses, self);
  const candidates = kept && !offered.includes(kept) ? [kept, ...offered] : offered;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-ask`}>{t('clause.usersAskText')}</label>
        <textarea id={`${id}-ask`} className="input" rows={2} lang="id" value={askText} maxLength={500} placeholder={t('clause.usersAskTextHint')}
          onChange={(e) => onAskText(e.target.value)} data-testid={`${testId}-ask-text`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-condition`}>{t('clause.condition')}</label>
        <select id={`${id}-condition`} className="input" value={conditionId} onChange={(e) => onConditionId(e.target.value)} aria-describedby={`${id}-condition-hint`}
          data-testid={`${testId}-condition`}>
          <option value="">{t('clause.conditionNone')}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>{`${clauseLabel(c)} · ${short(currentVersion(c).text.id)}`}</option>
          ))}
        </select>
        <p id={`${id}-condition-hint`} className="field__hint">{t('clause.conditionHint')}</p>
      </div>
    </>
  );
}
