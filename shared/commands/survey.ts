/** Use case: recordSurvey (the satisfaction survey's element averages, PermenPANRB 14/2017). */
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision } from './result';
import { conflict } from './result';

/** A later survey replaces the one before; the same id twice is a replayed command. */
export function recordSurvey(ctx: DecideContext, command: CommandOf<'recordSurvey'>): Decision {
  if (ctx.state.survey?.id === command.surveyId) return conflict('survey_exists', 'this survey is already recorded');
  const { surveyId, type: _type, ...rest } = command;
  return emit(ctx, 'surveyRecorded', { survey: { id: surveyId, ...rest, averages: [...command.averages], recordedBy: ctx.actor.participantId, recordedAt: ctx.now } });
}
