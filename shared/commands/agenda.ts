/** Use cases: setAgenda, setAgendaStep, setStepClock, setBoardFocus, setBoardOptions. */
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision } from './result';
import { conflict, invalid, notFound } from './result';
import { DEFAULT_BOARD_OPTIONS } from '../schema/boardFocus';
import { clockMinutes, extendedClock, freshClock, isRunning, pausedClock, restartedClock, resumedClock } from '../rules/stepClock';

export function setAgenda(ctx: DecideContext, command: CommandOf<'setAgenda'>): Decision {
  const { currentStepId } = ctx.state;
  // Dropping the running step would leave the room in a step that no longer exists.
  if (currentStepId && !command.steps.some((s) => s.id === currentStepId)) {
    return conflict('current_step_removed', 'the current step cannot be removed; move to another step first');
  }
  return emit(ctx, 'agendaSet', { steps: command.steps });
}

export function setAgendaStep(ctx: DecideContext, command: CommandOf<'setAgendaStep'>): Decision {
  if (command.stepId === ctx.state.currentStepId) return conflict('step_already_current', 'this step is already current');
  if (command.stepId !== null && !ctx.state.agenda.some((s) => s.id === command.stepId)) {
    return notFound('step_not_found', 'no agenda step with this id');
  }
  return emit(ctx, 'agendaStepSet', { stepId: command.stepId });
}

/**
 * Pause, resume, restart or lengthen the current step's timer. The command names the step the
 * console was showing: a click that arrives after someone else moved the agenda is refused
 * rather than applied to the wrong step.
 */
export function setStepClock(ctx: DecideContext, command: CommandOf<'setStepClock'>): Decision {
  const { stepClock, currentStepId } = ctx.state;
  if (command.stepId !== currentStepId) return conflict('step_not_current', 'this step is not the current one', { currentStepId });
  const at = Date.parse(ctx.now);
  // A step made current before clocks were decisions has none yet: it starts now.
  const clock = stepClock?.stepId === command.stepId ? stepClock : freshClock(command.stepId, at);
  const extending = command.action === 'extend';
  if (extending && (command.minutes === undefined || command.minutes === 0)) {
    return invalid('clock_minutes_required', 'extend needs a non-zero number of minutes');
  }
  if (!extending && command.minutes !== undefined) return invalid('clock_minutes_not_allowed', 'minutes only go with extend');
  switch (command.action) {
    case 'pause':
      if (!isRunning(clock)) return conflict('clock_already_paused', 'the clock is already paused');
      return emit(ctx, 'stepClockSet', { clock: pausedClock(clock, at) });
    case 'resume':
      if (isRunning(clock)) return conflict('clock_already_running', 'the clock is already running');
      return emit(ctx, 'stepClockSet', { clock: resumedClock(clock, at) });
    case 'restart':
      return emit(ctx, 'stepClockSet', { clock: restartedClock(clock, at) });
    case 'extend': {
      const planned = ctx.state.agenda.find((s) => s.id === command.stepId)?.plannedMinutes ?? 0;
      const next = extendedClock(clock, command.minutes as number);
      if (clockMinutes(next, planned) < 1) return invalid('clock_too_short', 'a step lasts at least one minute', { minutes: clockMinutes(next, planned) });
      return emit(ctx, 'stepClockSet', { clock: next });
    }
  }
}

/** Spotlight a clause (or a step's view) on the board; null returns it to the current step. */
export function setBoardFocus(ctx: DecideContext, command: CommandOf<'setBoardFocus'>): Decision {
  const { focus } = command;
  if (focus?.kind === 'clause' && !Object.hasOwn(ctx.state.clauses, focus.id)) return notFound('clause_not_found', 'no clause with this id');
  if (focus?.kind === 'step' && !ctx.state.agenda.some((s) => s.id === focus.id)) return notFound('step_not_found', 'no agenda step with this id');
  if (focus?.kind === 'survey' && ctx.state.survey?.id !== focus.id) return notFound('survey_not_found', 'no survey with this id');
  return emit(ctx, 'boardFocusSet', { focus });
}

/** How the board shows things; a repeat of the options in force changes nothing and is refused. */
export function setBoardOptions(ctx: DecideContext, command: CommandOf<'setBoardOptions'>): Decision {
  const now = ctx.state.boardOptions ?? DEFAULT_BOARD_OPTIONS;
  if (now.consensusBySector === command.options.consensusBySector) return conflict('board_options_unchanged', 'the board already shows it so');
  return emit(ctx, 'boardOptionsSet', { options: command.options });
}
