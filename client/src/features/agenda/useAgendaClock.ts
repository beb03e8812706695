import type { StepClock } from '../../../../shared/rules/stepClock';
import { useSession } from '../../session/Session';

/**
 * The current step's clock from the decisions document (server-written, so it keeps running
 * after the freeze). Null before a step is current, or while an older server's projection
 * has no clock yet.
 */
export function useAgendaClock(): StepClock | null {
  return useSession().state?.stepClock ?? null;
}
