import { describe, expect, it } from 'vitest';
import { appendEntry, type ChainEntry, verifyChain } from '../charter/eventChain';
import type { Actor } from '../schema/participants';
import { EVENT_FORMAT_VERSION, EVENT_UPCASTERS, type EventUpcaster, eventFormatOf, upcastEntry } from './eventFormat';
import { readEventLog } from './eventLog';

const W = 'fmtworkshop00001';
const fac: Actor = { participantId: 'f000000000000001', role: 'facilitator', sector: null } as Actor;
const ts = '2026-11-01T08:00:00.000Z';

function chain(events: { type: string; data: unknown }[]): ChainEntry[] {
  const entries: ChainEntry[] = [];
  for (const e of events) entries.push(appendEntry(W, entries.at(-1) ?? null, { ...e, actor: fac, ts }));
  return entries;
}

const joined = { type: 'participantJoined', data: { participant: { id: fac.participantId, displayName: 'Tim', role: 'facilitator', sector: null, revoked: false, joinedAt: ts } } };
const freezeV1 = { type: 'charterFrozen', data: { freeze: { charterVersion: 1, frozenBy: fac.participantId, frozenAt: ts }, agreedVersionIds: [] } };
const freezeV2 = { type: 'charterFrozen', data: { ...freezeV1.data, charterSha256: 'ab'.repeat(32) } };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('event formats', () => {
  it('reads an entry as the oldest format its shape belongs to, unless the writer recorded one', () => {
    const [e] = chain([joined]);
    expect(eventFormatOf(e!)).toBe(1);
    expect(eventFormatOf({ ...e!, ...freezeV1 })).toBe(1);
    expect(eventFormatOf({ ...e!, ...freezeV2 })).toBe(2);
    expect(eventFormatOf({ ...e!, type: 'charterSigned' })).toBe(2);
    expect(eventFormatOf({ ...e!, type: 'signingKeyRegistered' })).toBe(2);
    expect(eventFormatOf({ ...e!, format: 2 })).toBe(2);
    expect(eventFormatOf({ ...e!, type: 'boardOptionsSet' })).toBe(4);
    expect(eventFormatOf({ ...e!, type: 'signatoryWithdrawn' })).toBe(5);
    expect(eventFormatOf({ ...e!, type: 'rejoinAllowed' })).toBe(5);
    const onDevice = { participant: { ...joined.data.participant, deviceHash: 'cd'.repeat(32) } };
    expect(eventFormatOf({ ...e!, data: onDevice })).toBe(5);
    const bare = { id: 'v1', text: { id: 'Akta 5 hari kerja.' } };
    const proposed = (clause: object) => ({ ...e!, type: 'clauseProposed', data: { clause: { id: 'c1', versions: { v1: bare }, ...clause } } });
    expect(eventFormatOf(proposed({}))).toBe(1);
    expect(eventFormatOf(proposed({ usersAskText: 'Petugas ramah' }))).toBe(6);
    expect(eventFormatOf(proposed({ versions: { v1: { ...bare, conditionClauseId: 'c2' } } }))).toBe(6);
    expect(eventFormatOf({ ...e!, type: 'clauseAmended', data: { clauseId: 'c1', version: bare } })).toBe(1);
    expect(eventFormatOf({ ...e!, type: 'clauseAmended', data: { clauseId: 'c1', version: { ...bare, conditionClauseId: 'c2' } } })).toBe(6);
    expect(eventFormatOf({ ...e!, type: 'clauseAmended', data: { clauseId: 'c1', version: bare, usersAskText: 'Petugas ramah' } })).toBe(6);
    const version = { id: 'v1', parentVersionId: null, text: { id: 'Teks' }, rationale: 'r', obligatedParty: 'provider', proposedBy: fac.participantId, proposerSector: null, createdAt: ts };
    const proposal = (v: object) => ({ clause: { id: 'k1', sectionCode: 'WAKTU', status: 'proposed', currentVersionId: 'v1', versions: { v1: v } } });
    expect(eventFormatOf({ ...e!, type: 'clauseProposed', data: proposal(version) })).toBe(1);
    expect(eventFormatOf({ ...e!, type: 'clauseProposed', data: proposal({ ...version, userGroupIds: ['lansia'] }) })).toBe(6);
    expect(eventFormatOf({ ...e!, type: 'clauseAmended', data: { clauseId: 'k1', version } })).toBe(1);
    expect(eventFormatOf({ ...e!, type: 'clauseAmended', data: { clauseId: 'k1', version: { ...version, userGroupIds: ['lansia'] } } })).toBe(6);
  });

  it('has one upcaster per format step up to the current one', () => {
    expect(EVENT_UPCASTERS.map((u) => [u.from, u.to])).toEqual(Array.from({ length: EVENT_FORMAT_VERSION - 1 }, (_, i) => [i + 1, i + 2]));
  });

  it('reads a format-1 freeze as a current event without touching the stored, hashed entry', () => {
    const entries = deepFreeze(chain([joined, freezeV1]));
    const read = upcastEntry(entries[1]!);
    expect(read).toMatchObject({ ok: true, from: 1, event: { type: 'charterFrozen', data: freezeV1.data, actor: fac, ts } });
    expect(verifyChain(W, entries)).toMatchObject({ ok: true });
  });

  it('runs every step after the entry format, in order', () => {
    const steps: EventUpcaster[] = [
      { from: 2, to: 3, up: (e) => ({ ...e, data: { ...(e.data as object), trail: [...(e.data as { trail: string[] }).trail, 'v3'] } }) },
      { from: 1, to: 2, up: (e) => ({ ...e, type: 'agendaStepSet', data: { stepId: null, trail: ['v2'] } }) },
    ];
    const [e] = chain([{ type: 'oldStepEvent', data: {} }]);
    expect(upcastEntry(e!, steps, 3)).toMatchObject({ ok: true, from: 1, event: { type: 'agendaStepSet', data: { stepId: null, trail: ['v2', 'v3'] } } });
  });

  it('refuses an entry of a newer format, a missing step, an invalid recorded format and an unknown type', () => {
    const [e] = chain([joined]);
    expect(upcastEntry({ ...e!, format: EVENT_FORMAT_VERSION + 1 })).toMatchObject({ ok: false, code: 'format_newer' });
    expect(upcastEntry(e!, [], 2)).toMatchObject({ ok: false, code: 'no_upcaster' });
    expect(upcastEntry({ ...e!, format: 0 })).toMatchObject({ ok: false, code: 'format_invalid' });
    expect(upcastEntry({ ...e!, format: 1.5 })).toMatchObject({ ok: false, code: 'format_invalid' });
    for (const type of ['clockStarted', '__proto__', 'constructor', 'toString']) {
      expect(upcastEntry({ ...e!, type })).toMatchObject({ ok: false, code: 'unknown_type' });
    }
  });
});

describe('readEventLog', () => {
  it('verifies, upcasts and replays a log that mixes formats', () => {
    const entries = chain([joined, freezeV1, { type: 'charterReopened', data: { reason: 'salah ketik', charterVersion: 1 } }, freezeV2]);
    const reading = readEventLog(W, entries);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.head).toEqual({ seq: 4, hash: entries[3]!.hash });
    expect(reading.state.freeze).toMatchObject({ charterVersion: 1, charterSha256: 'ab'.repeat(32) });
    expect(reading.events).toHaveLength(4);
  });

  it('judges the chain over the stored entries before reading them', () => {
    const entries = chain([joined, freezeV1]);
    const tampered = [entries[0]!, { ...entries[1]!, data: { ...freezeV1.data, agreedVersionIds: ['K1v1'] } }];
    expect(readEventLog(W, tampered)).toMatchObject({ ok: false, problem: 'chain', seq: 2, reason: 'hash' });
    expect(readEventLog('otherworkshop001', entries)).toMatchObject({ ok: false, problem: 'chain', seq: 1, reason: 'prev' });
  });

  it('refuses a log with an event this build does not know, naming its seq, instead of replaying it', () => {
    const entries = chain([joined, { type: 'clockStarted', data: {} }]);
    expect(readEventLog(W, entries)).toMatchObject({ ok: false, problem: 'format', seq: 2, reason: 'unknown_type' });
  });
});

describe('format 6: per-sector consent', () => {
  const check = { id: 'c1', clauseId: 'K1', clauseVersionId: 'K1v1', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: { kind: 'defer' }, quorum: 1, status: 'open', answers: {}, startedBy: fac.participantId, startedAt: ts };
  const oldStart = deepFreeze({ type: 'consensusCheckStarted', data: { check }, actor: fac, ts });

  it('reads a check started before format 6 as counted per person (no sector rule), leaving the stored entry as it was', () => {
    expect(eventFormatOf(oldStart)).toBe(1);
    const read = upcastEntry(oldStart);
    expect(read.ok && read.event.type === 'consensusCheckStarted' && read.event.data.check.sectors).toBeNull();
    expect(oldStart.data.check).not.toHaveProperty('sectors');
  });

  it('reads a check with a sector snapshot, and a result with sectors, as format 6 and keeps them', () => {
    const sectors = { members: { government: 2, civil_society: 3 }, quorumPercent: 50 };
    const start = { type: 'consensusCheckStarted', data: { check: { ...check, sectors } }, actor: fac, ts };
    expect(eventFormatOf(start)).toBe(6);
    const read = upcastEntry(start);
    expect(read.ok && read.event.type === 'consensusCheckStarted' && read.event.data.check.sectors).toEqual(sectors);
    const recorded = { type: 'consensusOutcomeRecorded', data: { checkId: 'c1', record: { outcome: 'no_consensus', result: { sectors: [] } } }, actor: fac, ts };
    expect(eventFormatOf(recorded)).toBe(6);
    expect(eventFormatOf({ ...recorded, data: { checkId: 'c1', record: { outcome: 'no_consensus', result: {} } } })).toBe(1);
  });
});

describe('format 7: a signatory’s NIP', () => {
  const key = { participantId: 'p1', publicKey: 'k'.repeat(43), keyId: 'i'.repeat(43), title: 'Kepala Dinas', institution: 'Dinas', registeredAt: ts };

  it('reads a key or a signature with a NIP as format 7, and one without as the format of its type', () => {
    expect(eventFormatOf({ type: 'signingKeyRegistered', data: { key: { ...key, nip: '197001011995031001' } }, actor: fac, ts })).toBe(7);
    expect(eventFormatOf({ type: 'signingKeyRegistered', data: { key }, actor: fac, ts })).toBe(2);
    expect(eventFormatOf({ type: 'charterSigned', data: { signature: { nip: '197001011995031001' } }, actor: fac, ts })).toBe(7);
    expect(eventFormatOf({ type: 'charterSigned', data: { signature: {} }, actor: fac, ts })).toBe(2);
  });
});
