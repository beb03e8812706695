import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';
import { AddStakeholderForm } from './AddStakeholderForm';
import { StakeholderGrid } from './StakeholderGrid';
import { useNarrowScreen } from './useNarrowScreen';

/** Stakeholder mapping: the shared grid (drag or keyboard) and new cards. */
export function MappingPanel() {
  const { t } = useTranslation();
  const session = useSession();
  const narrow = useNarrowScreen();
  const count = Object.keys(session.state?.stakeholders ?? {}).length;
  return (
    <section className="panel mapping" aria-labelledby="mapping-title" data-testid="mapping-panel">
      <h2 id="mapping-title">{t('grid.title')}</h2>
      <p className="field__hint">{session.canWrite ? t(narrow ? 'grid.howToList' : 'grid.howTo') : t('grid.readOnly')}</p>
      {count === 0 && <p className="empty">{t('grid.none')}</p>}
      <StakeholderGrid editable={session.canWrite} />
      {session.may('addStakeholder') ? <AddStakeholderForm /> : <p className="field__hint">{t('grid.addClosed')}</p>}
    </section>
  );
}
