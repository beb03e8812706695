import { describe, expect, it } from 'vitest';
import type { Actor } from '../schema/participants';
import { asParticipantId } from '../schema/ids';
import { sha256Hex } from './canonical';
import type { ChainEntry } from './eventChain';
import { appendEntry, genesisPrev, verifyChain } from './eventChain';

const WORKSHOP = 'ws0000000001';
const facilitator: Actor = { participantId: asParticipantId('f1'), role: 'facilitator', sector: 'government' };

function logOf(count: number): ChainEntry[] {
  const entries: ChainEntry[] = [];
  for (let i = 0; i < count; i++) {
    const head = entries.at(-1) ?? null;
    entries.push(appendEntry(WORKSHOP, head, { ts: `2026-01-01T08:0${i}:00.000Z`, actor: facilitator, type: 'dotCast', data: { n: i } }));
  }
  return entries;
}

describe('event chain', () => {
  it('starts from the SHA-256 of the workshop id and links every entry to the previous hash', () => {
    const log = logOf(3);
    expect(log[0]!.prev).toBe(sha256Hex(WORKSHOP));
    expect(genesisPrev(WORKSHOP)).toBe(sha256Hex(WORKSHOP));
    expect(log[1]!.prev).toBe(log[0]!.hash);
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(verifyChain(WORKSHOP, log)).toEqual({ ok: true, head: { seq: 3, hash: log[2]!.hash } });
  });

  it('accepts an empty log with no head', () => {
    expect(verifyChain(WORKSHOP, [])).toEqual({ ok: true, head: null });
  });

  it('reports the first tampered seq when one field of one entry is changed', () => {
    const log = logOf(4);
    log[1] = { ...log[1]!, data: { n: 99 } };
    expect(verifyChain(WORKSHOP, log)).toEqual({ ok: false, brokenSeq: 2, reason: 'hash' });
  });

  it('reports a changed actor even when the entry hash is recomputed, at the next link', () => {
    const log = logOf(3);
    const forged = appendEntry(WORKSHOP, { seq: 1, hash: log[0]!.hash }, { ...log[1]!, actor: { ...facilitator, sector: 'private' } });
    log[1] = forged;
    expect(verifyChain(WORKSHOP, log)).toEqual({ ok: false, brokenSeq: 3, reason: 'prev' });
  });

  it('reports the first out-of-place seq when entries are reordered', () => {
    const log = logOf(4);
    const reordered = [log[0]!, log[2]!, log[1]!, log[3]!];
    expect(verifyChain(WORKSHOP, reordered)).toEqual({ ok: false, brokenSeq: 2, reason: 'seq' });
  });

  it('reports seq 1 when the start of the log is cut off', () => {
    const log = logOf(4).slice(1).map((e, i) => ({ ...e, seq: i + 1 }));
    expect(verifyChain(WORKSHOP, log)).toMatchObject({ ok: false, brokenSeq: 1 });
  });

  it('reports the first missing seq when the end is cut off and the published head is known', () => {
    const log = logOf(5);
    const head = { seq: 5, hash: log[4]!.hash };
    expect(verifyChain(WORKSHOP, log.slice(0, 3), head)).toEqual({ ok: false, brokenSeq: 4, reason: 'head' });
    expect(verifyChain(WORKSHOP, log, head).ok).toBe(true);
  });

  it('refuses a log replayed under another workshop id', () => {
    expect(verifyChain('otherworkshop1', logOf(2))).toEqual({ ok: false, brokenSeq: 1, reason: 'prev' });
  });
});
