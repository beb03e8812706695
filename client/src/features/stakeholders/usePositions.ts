import type * as Y from 'yjs';
import { CONTENT_ROOTS } from '../../../../shared/schema/contentDoc';
import { useSession } from '../../session/Session';
import { useYJson } from '../../sync/useYJson';

const EMPTY: Record<string, unknown> = {};
const readMap = (map: Y.Map<unknown>) => map.toJSON() as Record<string, unknown>;

/** stakeholderId → dragged position, live from the content document. */
export function usePositions(): Record<string, unknown> {
  const { content } = useSession();
  return useYJson(content.doc.getMap(CONTENT_ROOTS.stakeholderPositions), readMap, EMPTY);
}
