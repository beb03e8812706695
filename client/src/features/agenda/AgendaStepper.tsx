import { useTranslation } from 'react-i18next';
import { neighbourStep, setAgendaStep, setStandardAgenda } from '../../actions/agenda';
import { useCommand } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { StepClockControls } from './StepClockControls';
import { StepTimerText } from './StepTimerText';

/** The facilitator's agenda: every step, the current one marked, previous/next, the timer. */
export function AgendaStepper() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { state, step } = session;
  const command = useCommand();
  if (!state) return null;
  const agenda = state.agenda;
  // One command: the server starts the step's clock and points the board at it (frozen or not).
  const go = (stepId: string) => command.run(setAgendaStep(stepId));
  const previous = neighbourStep(agenda, state.currentStepId, -1);
  const next = neighbourStep(agenda, state.currentStepId, 1);

  return (
    <section className="panel agenda" aria-labelledby="agenda-title" data-testid="agenda-stepper">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      {agenda.length === 0 ? (
        <p>
          {t('agenda.empty')}{' '}
          <button type="button" className="button" disabled={command.busy || !session.may('setAgenda')}
            onClick={() => command.run(setStandardAgenda())} data-testid="agenda-use-standard">
            {t('agenda.useStandard')}
          </button>
        </p>
      ) : (
        <>
          {step && (
            <p className="agenda__now">
              <strong data-testid="agenda-current">{textIn(step.title, i18n.language)}</strong> <StepTimerText step={step} />
            </p>
          )}
          {step && session.may('setStepClock') && <StepClockControls step={step} />}
          <div className="agenda__buttons">
            <button type="button" className="button" disabled={!previous || command.busy} onClick={() => previous && go(previous.id)}
              data-testid="agenda-previous">
              ← {t('agenda.previous')}
            </button>
            <button type="button" className="button button--primary" disabled={!next || command.busy} onClick={() => next && go(next.id)}
              data-testid="agenda-next">
              {t('agenda.next')} →
            </button>
          </div>
          <ol className="agenda__list">
            {agenda.map((s) => (
              <li key={s.id} className={s.id === state.currentStepId ? 'is-current' : undefined} aria-current={s.id === state.currentStepId ? 'step' : undefined}>
                <button type="button" className="agenda__step" onClick={() => go(s.id)} disabled={command.busy || s.id === state.currentStepId}
                  data-testid={`agenda-step-${s.method}`}>
                  {textIn(s.title, i18n.language)} <span className="agenda__minutes">{t('agenda.minutes', { minutes: s.plannedMinutes })}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      <RefusalNotice runner={command} />
    </section>
  );
}
