import { useTranslation } from 'react-i18next';
import type { Clause } from '../../../../shared/schema/clauses';
import { useSession } from '../../session/Session';
import { sectorLabel } from '../../i18n/labels';
import { commitmentLabelKey, versionHistory } from './clauseView';
import { CommitmentText } from './CapacityText';
import { entryOf } from '../../../../shared/schema/records';

/** Every version of a clause, oldest first, with who proposed it and why. */
export function VersionHistory({ clause }: { clause: Clause }) {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const versions = versionHistory(clause);
  return (
    <ol className="history" data-testid="version-history">
      {versions.map((v, i) => {
        const who = entryOf(state?.participants, v.proposedBy)?.displayName ?? t('clause.someone');
        const enteredBy = v.enteredBy ? entryOf(state?.participants, v.enteredBy)?.displayName : undefined;
        return (
          <li key={v.id} className={v.id === clause.currentVersionId ? 'is-current' : undefined} data-testid="version">
            <p className="history__meta">
              <strong>v{i + 1}</strong> · {who}
              {v.proposerSector ? ` (${sectorLabel(v.proposerSector, i18n.language)})` : ''}
              {enteredBy ? ` · ${t('clause.enteredBy', { name: enteredBy })}` : ''}
              {v.id === clause.currentVersionId ? ` · ${t('clause.current')}` : ''}
            </p>
            <p className="history__text">{v.text.id}</p>
            {v.commitment && (
              <p className="history__measure">
                {t(v.id === clause.currentVersionId ? commitmentLabelKey(clause.status, clause.agreedByCheckId ? entryOf(state?.consensusChecks, clause.agreedByCheckId)?.record?.outcome === 'decided_by_fallback' : false) : 'clause.commitmentProposed')}: <CommitmentText commitment={v.commitment} />
              </p>
            )}
            <p className="history__rationale">
              {t('clause.rationale')}: {v.rationale}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
