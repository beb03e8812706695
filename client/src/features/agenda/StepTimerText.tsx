import { useTranslation } from 'react-i18next';
import type { AgendaStep } from '../../../../shared/schema/agenda';
import { useAgendaClock } from './useAgendaClock';
import { useNow } from './useNow';
import { formatDuration, stepTimer } from './stepTimer';

/** "12:30 left of 40 min" / "2:10 over": the same timer on every screen. */
export function StepTimerText({ step }: { step: AgendaStep }) {
  const { t } = useTranslation();
  const clock = useAgendaClock();
  const now = useNow();
  const startedAt = clock && clock.stepId === step.id ? clock.startedAt : null;
  const timer = stepTimer(step.plannedMinutes, startedAt, now);
  const state = timer.remainingMs === null ? 'unknown' : timer.overtime ? 'over' : 'running';
  return (
    <span className={`step-timer is-${state}`} data-testid="step-timer" data-state={state} role="timer">
      {timer.remainingMs === null
        ? t('agenda.planned', { minutes: step.plannedMinutes })
        : timer.overtime
          ? t('agenda.over', { time: formatDuration(timer.remainingMs), minutes: step.plannedMinutes })
          : t('agenda.left', { time: formatDuration(timer.remainingMs), minutes: step.plannedMinutes })}
    </span>
  );
}
