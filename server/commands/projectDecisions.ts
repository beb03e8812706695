/**
 * Wires accepted events to their visible effects: the read-only decisions document of the
 * workshop (room `<id>.decisions`) and live access changes (revocation, roles, freeze).
 * The event is already in the log when this runs; the document is a projection that is
 * re-derived from the log whenever it falls behind (e.g. after a crash between the two).
 */
import { roomName } from '../../shared/protocol';
import { decisionsDocIsStale, writeDecisions } from '../../shared/state/decisionsDoc';
import { publicProjection } from '../../shared/state/projection';
import type { Storage } from '../storage/Storage';
import { ORIGIN_SERVER, type Room } from '../sync/Room';
import type { SyncServer } from '../sync/SyncServer';
import type { DecisionService, Ledger } from './DecisionService';

const ACCESS_EVENTS = new Set(['roleSet', 'participantRevoked', 'charterFrozen', 'charterReopened']);

function project(room: Room, ledger: Ledger): void {
  writeDecisions(room.doc, publicProjection(ledger.state), { seq: ledger.head?.seq ?? 0, head: ledger.head?.hash ?? null }, ORIGIN_SERVER);
}

export function projectDecisions(decisions: DecisionService, sync: SyncServer, storage: Storage): void {
  decisions.onApplied(async (ledger, entry) => {
    if (entry.type === 'participantRevoked') {
      await storage.revokeParticipant((entry.data as { participantId: string }).participantId, Date.now());
    }
    if (ACCESS_EVENTS.has(entry.type)) sync.updateAccess(ledger.state);
    await sync.changeDoc(roomName({ workshopId: ledger.workshopId, kind: 'decisions' }), (room) => project(room, ledger));
  });

  // A decisions room that is loaded from storage catches up with the log, and with this build's
  // state shape, before anyone syncs it.
  sync.onRoomLoaded(async (room, ref) => {
    if (ref.kind !== 'decisions') return;
    const ledger = await decisions.ledger(ref.workshopId);
    if (decisionsDocIsStale(room.doc, ledger.head?.seq ?? 0)) project(room, ledger);
  });
}
