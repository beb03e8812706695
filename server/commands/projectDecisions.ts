/**
 * The read-only decisions document of a workshop (room `<id>.decisions`) is a projection of
 * its event log: written after each accepted event, and re-derived whenever a freshly loaded
 * document is behind the log (e.g. after a crash between the append and the projection).
 */
import type * as Y from 'yjs';
import type { RoomRef } from '../../shared/protocol';
import { decisionsDocIsStale, writeDecisions } from '../../shared/state/decisionsDoc';
import { publicProjection } from '../../shared/state/projection';
import type { Ledger, Ledgers } from './Ledgers';

/**
 * Writes the ledger's public projection into the decisions document. Called inside the
 * server's own transaction (WorkshopDocuments.changeDocument), whose origin it takes.
 */
export function projectLedger(doc: Y.Doc, ledger: Ledger): void {
  writeDecisions(doc, publicProjection(ledger.state), { seq: ledger.head?.seq ?? 0, head: ledger.head?.hash ?? null }, null);
}

/**
 * For the sync server: a decisions document loaded from storage catches up with the log
 * (and with this build's state shape) before anyone syncs it. Returns the change to run on the loaded document, or null.
 */
export function catchUpDecisions(ledgers: Ledgers): (ref: RoomRef) => Promise<((doc: Y.Doc) => void) | null> {
  return async (ref) => {
    if (ref.kind !== 'decisions') return null;
    const ledger = await ledgers.get(ref.workshopId);
    return (doc) => {
      if (decisionsDocIsStale(doc, ledger.head?.seq ?? 0)) projectLedger(doc, ledger);
    };
  };
}
