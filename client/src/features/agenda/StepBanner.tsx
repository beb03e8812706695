import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';
import { textIn } from '../../i18n/text';
import { StepTimerText } from './StepTimerText';

/** The current agenda step and its timer, for the board and participants. */
export function StepBanner() {
  const { t, i18n } = useTranslation();
  const { state, step } = useSession();
  if (!state || !step) {
    return (
      <p className="step-banner step-banner--idle" data-testid="step-banner">
        {t('agenda.notStarted')}
      </p>
    );
  }
  const index = state.agenda.findIndex((s) => s.id === step.id);
  return (
    <section className="step-banner" data-testid="step-banner" data-method={step.method} aria-label={t('agenda.current')}>
      <span className="step-banner__number">{t('agenda.stepOf', { n: index + 1, total: state.agenda.length })}</span>
      <span className="step-banner__title" data-testid="step-title">
        {textIn(step.title, i18n.language)}
      </span>
      <StepTimerText step={step} />
    </section>
  );
}
