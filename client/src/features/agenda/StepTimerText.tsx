import { useTranslation } from 'react-i18next';
import type { AgendaStep } from '../../../../shared/schema/agenda';
import { useAgendaClock } from './useAgendaClock';
import { useNow } from './useNow';
import { formatDuration, stepTimer } from './stepTimer';

/** "12:30 left of 40 min" / "2:10 over" / "Paused": the same timer on every screen. */
export function StepTimerText({ step }: { step: AgendaStep }) {
  const { t } = useTranslation();
  const clock = useAgendaClock();
  const now = useNow();
  const timer = stepTimer(step.plannedMinutes, clock && clock.stepId === step.id ? clock : null, now);
  const minutes = Math.round(timer.plannedMs / 60_000);
  const state = timer.remainingMs === null ? 'unknown' : timer.paused ? 'paused' : timer.overtime ? 'over' : 'running';
  const text =
    timer.remainingMs === null
      ? t('agenda.planned', { count: minutes })
      : timer.overtime
        ? t('agenda.over', { time: formatDuration(timer.remainingMs), count: minutes })
        : t('agenda.left', { time: formatDuration(timer.remainingMs), count: minutes });
  return (
    <span className={`step-timer is-${state}`} data-testid="step-timer" data-state={state} role="timer">
      {timer.paused && `${t('agenda.paused')} · `}
      {text}
    </span>
  );
}
