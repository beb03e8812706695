/**
 * Keeps every node's view of a workshop's decisions current. The node that accepted a command
 * has already stored the event, projected the decisions document (whose update reaches other
 * nodes on the room channel) and applied access changes to its own sockets; it then announces
 * the new log head. The other nodes reload the log and apply access changes to theirs (a
 * revocation closes that person's sockets on every node).
 */
import type { WorkshopState } from '../../shared/state/workshopState';
import type { Logger } from '../log';
import type { Bus } from './Bus';
import { BusKind, DECISIONS_CHANNEL, decodeBusMessage, encodeBusMessage } from './messages';

/** Tells the other nodes that a workshop's event log grew to `seq`. */
export function announceDecision(bus: Bus, workshopId: string, seq: number): void {
  if (!bus.active) return;
  const data = new TextEncoder().encode(JSON.stringify({ workshopId, seq }));
  bus.publish(DECISIONS_CHANNEL, encodeBusMessage(bus.nodeId, BusKind.decisions, data));
}

export interface DecisionFollower {
  /** Whether this node holds the workshop's state (a node that doesn't has nothing to refresh). */
  isLoaded(workshopId: string): boolean;
  /** Reads the log again and returns the new state. */
  reload(workshopId: string): Promise<{ state: WorkshopState }>;
  /** Applies the new state to this node's sockets. */
  applyAccess(state: WorkshopState): void;
}

/** Follows other nodes' announcements. */
export async function followOtherNodes(bus: Bus, follower: DecisionFollower, log: Logger): Promise<void> {
  await bus.subscribe(DECISIONS_CHANNEL, (payload) => {
    try {
      const message = decodeBusMessage(payload);
      if (message.nodeId === bus.nodeId || message.kind !== BusKind.decisions) return;
      const { workshopId } = JSON.parse(new TextDecoder().decode(message.data)) as { workshopId: string };
      if (typeof workshopId !== 'string' || !follower.isLoaded(workshopId)) return;
      follower
        .reload(workshopId)
        .then((ledger) => follower.applyAccess(ledger.state))
        .catch((err) => log.warn('bus.decisions_failed', { workshop: workshopId, error: String(err) }));
    } catch (err) {
      log.warn('bus.decisions_malformed', { error: String(err) });
    }
  });
}
