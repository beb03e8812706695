/**
 * `readEventLog(workshopId, stored)`: the one way a stored event log becomes today's state.
 *
 *   verify the hash chain over the entries exactly as stored
 *   -> upcast each entry to the current event format (eventFormat.ts)
 *   -> replay into a fresh state
 *
 * Verification comes first and sees the stored entries untouched, so an upcaster can never make
 * a tampered log verify or a sound one fail.
 */
import { type ChainEntry, type ChainHead, type ChainVerdict, verifyChain } from '../charter/eventChain';
import { asWorkshopId } from '../schema/ids';
import { initialWorkshopState, type WorkshopState } from '../state/workshopState';
import { replay } from './applyEvent';
import type { DomainEvent } from './events';
import { type StoredEventShape, type UpcastResult, upcastEntry } from './eventFormat';

export type EventLogReading =
  | { ok: true; state: WorkshopState; head: ChainHead | null; events: DomainEvent[] }
  | { ok: false; problem: 'chain'; seq: number; reason: Extract<ChainVerdict, { ok: false }>['reason']; message: string }
  | { ok: false; problem: 'format'; seq: number; reason: Extract<UpcastResult, { ok: false }>['code']; message: string };

export function readEventLog(workshopId: string, stored: readonly (ChainEntry & StoredEventShape)[]): EventLogReading {
  const verdict = verifyChain(workshopId, stored);
  if (!verdict.ok) {
    const message = `event log of ${workshopId} is broken at seq ${verdict.brokenSeq} (${verdict.reason})`;
    return { ok: false, problem: 'chain', seq: verdict.brokenSeq, reason: verdict.reason, message };
  }
  const events: DomainEvent[] = [];
  for (const entry of stored) {
    const read = upcastEntry(entry);
    if (!read.ok) return { ok: false, problem: 'format', seq: entry.seq, reason: read.code, message: `event ${entry.seq} of ${workshopId}: ${read.message}` };
    events.push(read.event);
  }
  return { ok: true, state: replay(initialWorkshopState(asWorkshopId(workshopId)), events), head: verdict.head, events };
}
