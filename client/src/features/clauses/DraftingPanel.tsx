import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';
import { SectionTitle } from './ClauseCard';
import { ClauseWorkspace } from './ClauseWorkspace';
import { clausesBySection } from './clauseView';
import { clauseLabel } from '../../../../shared/schema/clauses';
import { VersionForm } from './VersionForm';
import { DraftOffers } from './DraftOffers';

/** Clauses per charter section, each with its working text; propose a new clause on top. */
export function DraftingPanel() {
  const { t } = useTranslation();
  const session = useSession();
  const [proposing, setProposing] = useState(false);
  const clauses = Object.values(session.state?.clauses ?? {});
  const groups = clausesBySection(clauses);
  const canPropose = session.may('proposeClause');
  return (
    <section className="panel drafting" aria-labelledby="drafting-title" data-testid="drafting-panel">
      <h2 id="drafting-title">{t('clause.title')}</h2>
      <p>
        <button type="button" className="button button--primary" aria-expanded={proposing} disabled={!canPropose}
          onClick={() => setProposing((p) => !p)} data-testid="propose-toggle">
          {t('clause.propose')}
        </button>{' '}
        {!canPropose && <span className="field__hint">{t('clause.proposeClosed')}</span>}
      </p>
      {proposing && canPropose && <VersionForm onDone={() => setProposing(false)} />}
      <DraftOffers />
      {groups.length === 0 && <p className="empty">{t('clause.none')}</p>}
      {groups.map((g) => (
        <section key={g.section.code} className="section-group" data-testid="section-group" data-section={g.section.code}>
          <SectionTitle name={g.section.name} />
          {g.clauses.map((c) => (
            <ClauseWorkspace key={c.id} clause={c} number={clauseLabel(c)} />
          ))}
        </section>
      ))}
    </section>
  );
}
