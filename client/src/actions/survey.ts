import type { Command } from '../../../shared/commands/commandSchema';
import type { SurveyId } from '../../../shared/schema/surveyElements';
import { newRecordId } from './newRecordId';

/** The nine element averages typed in by the facilitator (e.g. from a printed SKM report). */
export const recordTypedAverages = (averages: number[], label?: string): Command => ({
  type: 'recordSurvey',
  surveyId: newRecordId<SurveyId>(),
  source: 'averages',
  ...(label ? { label } : {}),
  averages,
});
