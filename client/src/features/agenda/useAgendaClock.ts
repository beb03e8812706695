import { AGENDA_CLOCK_ROOT, readAgendaClock, type AgendaClock } from '../../sync/contentRoots';
import { useYJson } from '../../sync/useYJson';
import { useSession } from '../../session/Session';

/** The shared agenda clock from the content document. */
export function useAgendaClock(): AgendaClock | null {
  const { content } = useSession();
  return useYJson(content.doc.getMap(AGENDA_CLOCK_ROOT), readAgendaClock, null);
}
