import type { Command } from '../../../shared/commands/commandSchema';
import type { ClauseId } from '../../../shared/schema/ids';
import type { SurveyId } from '../../../shared/schema/surveyElements';

/**
 * What the projected board spotlights: a decision (`setBoardFocus`), so the console can still
 * point the board after the freeze, when nobody may write the content document.
 */
export const showClauseOnBoard = (clauseId: string): Command => ({ type: 'setBoardFocus', focus: { kind: 'clause', id: clauseId as ClauseId } });

/** The board goes back to the view of the current step. */
export const boardBackToStep = (): Command => ({ type: 'setBoardFocus', focus: null });

/** Whether the board shows consensus answers per sector (never with names). */
export const setConsensusBySector = (on: boolean): Command => ({ type: 'setBoardOptions', options: { consensusBySector: on } });

/** The board shows the survey result: the index and the low elements. */
export const showSurveyOnBoard = (surveyId: string): Command => ({ type: 'setBoardFocus', focus: { kind: 'survey', id: surveyId as SurveyId } });
