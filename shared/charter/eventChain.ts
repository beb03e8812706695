/**
 * Hash-chained event log. Each entry commits to its predecessor, so changing, dropping or
 * reordering any past entry breaks every later link and `verifyChain` names the first bad seq.
 *
 *   hash = hex(SHA-256(UTF-8(JCS({ seq, ts, actor, type, data, prev }))))
 *
 * - `seq` starts at 1 and increases by exactly 1.
 * - The genesis `prev` (entry 1) is hex(SHA-256(UTF-8(workshopId))): it binds the log to one
 *   workshop, so a valid log cannot be replayed as another workshop's history.
 * - The `hash` field itself is not part of the hashed object.
 * Dropping entries from the end cannot be seen from the entries alone; pass the head you
 * published (e.g. in the frozen charter) as `expectedHead` to detect that too.
 */
import type { Actor } from '../schema/participants';
import { canonicalHash, sha256Hex } from './canonical';

export interface ChainEntryBody {
  seq: number;
  /** ISO-8601 UTC time at which the server accepted the command. */
  ts: string;
  actor: Actor;
  type: string;
  data: unknown;
  prev: string;
}

export interface ChainEntry extends ChainEntryBody {
  hash: string;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

export function genesisPrev(workshopId: string): string {
  return sha256Hex(workshopId);
}

export function hashEntry(body: ChainEntryBody): string {
  const { seq, ts, actor, type, data, prev } = body;
  return canonicalHash({ seq, ts, actor, type, data, prev });
}

/** Builds the next entry after `head` (null for the first entry of a workshop). */
export function appendEntry(
  workshopId: string,
  head: ChainHead | null,
  event: { ts: string; actor: Actor; type: string; data: unknown },
): ChainEntry {
  const body: ChainEntryBody = {
    seq: head ? head.seq + 1 : 1,
    ts: event.ts,
    actor: event.actor,
    type: event.type,
    data: event.data,
    prev: head ? head.hash : genesisPrev(workshopId),
  };
  return { ...body, hash: hashEntry(body) };
}

export type ChainVerdict =
  | { ok: true; head: ChainHead | null }
  | { ok: false; brokenSeq: number; reason: 'seq' | 'prev' | 'hash' | 'head' };

/**
 * Checks the entries in the order given. `brokenSeq` is the position (1-based seq expected
 * there) of the first entry that does not fit, or length + 1 when the log ends early.
 */
export function verifyChain(workshopId: string, entries: readonly ChainEntry[], expectedHead?: ChainHead): ChainVerdict {
  let prev = genesisPrev(workshopId);
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = index + 1;
    if (entry.seq !== expectedSeq) return { ok: false, brokenSeq: expectedSeq, reason: 'seq' };
    if (entry.prev !== prev) return { ok: false, brokenSeq: expectedSeq, reason: 'prev' };
    if (hashEntry(entry) !== entry.hash) return { ok: false, brokenSeq: expectedSeq, reason: 'hash' };
    prev = entry.hash;
  }
  const last = entries.at(-1);
  const head = last ? { seq: last.seq, hash: last.hash } : null;
  if (expectedHead && (head?.seq !== expectedHead.seq || head.hash !== expectedHead.hash)) {
    const brokenSeq = Math.min(entries.length, expectedHead.seq) + 1;
    return { ok: false, brokenSeq, reason: 'head' };
  }
  return { ok: true, head };
}
