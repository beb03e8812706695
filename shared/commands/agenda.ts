/** Use cases: setAgenda, setAgendaStep. */
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision } from './result';
import { conflict, notFound } from './result';

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
