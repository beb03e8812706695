/**
 * Keeps every node's view of a workshop's decisions current. The node that accepted a command
 * has already stored the event, projected the decisions document (whose update reaches other
 * nodes on the room channel) and applied access changes to its own sockets; the others reload
 * the log and apply access changes to theirs (a revocation closes that person's sockets on
 * every node).
 */
import type { DecisionService } from '../commands/DecisionService';
import type { Logger } from '../log';
import type { SyncServer } from '../sync/SyncServer';
import type { Bus } from './Bus';
import { BusKind, DECISIONS_CHANNEL, decodeBusMessage, encodeBusMessage } from './messages';

export async function shareDecisions(decisions: DecisionService, sync: SyncServer, bus: Bus, log: Logger): Promise<void> {
  decisions.onApplied((ledger, entry) => {
    const data = new TextEncoder().encode(JSON.stringify({ workshopId: ledger.workshopId, seq: entry.seq }));
    bus.publish(DECISIONS_CHANNEL, encodeBusMessage(bus.nodeId, BusKind.decisions, data));
  });
  await bus.subscribe(DECISIONS_CHANNEL, (payload) => {
    const message = decodeBusMessage(payload);
    if (message.nodeId === bus.nodeId || message.kind !== BusKind.decisions) return;
    const { workshopId } = JSON.parse(new TextDecoder().decode(message.data)) as { workshopId: string };
    if (!decisions.isLoaded(workshopId)) return;
    decisions.forget(workshopId);
    decisions
      .ledger(workshopId)
      .then((ledger) => sync.updateAccess(ledger.state))
      .catch((err) => log.warn('bus.decisions_failed', { workshop: workshopId, error: String(err) }));
  });
}
