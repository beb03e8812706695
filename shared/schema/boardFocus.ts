/**
 * What the projected board spotlights. Null (or the step) means the view that fits the current
 * agenda step; a clause means that clause alone, large. A decision, so it still changes after
 * the freeze and every board reads it from the decisions document.
 */
import { z } from 'zod';
import type { AgendaStepId, ClauseId } from './ids';
import { idSchema } from './ids';
import type { SurveyId } from './surveyElements';

export const boardFocusSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('step'), id: idSchema<AgendaStepId>() }),
  z.strictObject({ kind: z.literal('clause'), id: idSchema<ClauseId>() }),
  /** The survey result (IKM and its low elements); event format 7. */
  z.strictObject({ kind: z.literal('survey'), id: idSchema<SurveyId>() }),
  /** The complaint themes as a bar chart (event format 7). */
  z.strictObject({ kind: z.literal('complaints') }),
]);

export type BoardFocus = z.infer<typeof boardFocusSchema>;

/**
 * How the board shows things, set by the facilitator. `consensusBySector`: the answers of a
 * consensus check per sector (and the reasons of blocks and reservations), never with names.
 * Off, the board shows only the outcome and how many answered from each sector.
 */
export const boardOptionsSchema = z.strictObject({ consensusBySector: z.boolean() });

export type BoardOptions = z.infer<typeof boardOptionsSchema>;

export const DEFAULT_BOARD_OPTIONS: BoardOptions = Object.freeze({ consensusBySector: false });
