import type { PublicWorkshopState } from '../../../../shared/state/projection';
import { setStepClock } from '../../actions/agenda';
import { type RefusalKey, type Viewer, whyNot } from '../../actions/whyNot';

/** Why moving this step's time by `minutes` would be refused (a step lasts at least one minute...). */
export function whyNotExtend(state: PublicWorkshopState | null, viewer: Viewer, stepId: string, minutes: number): RefusalKey | null {
  return whyNot(state, viewer, setStepClock(stepId, 'extend', minutes));
}
