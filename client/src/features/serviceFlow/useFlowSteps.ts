import type { ServiceFlowStep } from '../../../../shared/schema/contentDoc';
import { CONTENT_ROOTS } from '../../../../shared/schema/contentDoc';
import { readFlowSteps } from '../../actions/serviceFlow';
import { useSession } from '../../session/Session';
import { useYJson } from '../../sync/useYJson';

const EMPTY: ServiceFlowStep[] = [];

export function useFlowSteps(): ServiceFlowStep[] {
  const { content } = useSession();
  return useYJson(content.doc.getArray<unknown>(CONTENT_ROOTS.serviceFlow), readFlowSteps, EMPTY);
}
