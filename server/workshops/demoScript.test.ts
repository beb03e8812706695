import { describe, expect, it } from 'vitest';
import { currentVersion, isAgreedStatus } from '../../shared/schema/clauses';
import type { ChainEntry, ChainHead } from '../../shared/charter/eventChain';
import { appendEntry, verifyChain } from '../../shared/charter/eventChain';
import { applyEvent } from '../../shared/commands/applyEvent';
import { decide } from '../../shared/commands/decide';
import type { DomainEvent, EventOf } from '../../shared/commands/events';
import { freezeCharterVersion } from '../../shared/commands/frozenCharter';
import { TEST_CONTEXT } from '../../shared/testing/charterKit';
import { tallyVoteRound } from '../../shared/rules/dotVote';
import type { ParticipantId } from '../../shared/schema/ids';
import { asParticipantId, asWorkshopId } from '../../shared/schema/ids';
import type { Actor } from '../../shared/schema/participants';
import type { WorkshopState } from '../../shared/state/workshopState';
import { currentStep, initialWorkshopState, sectorOf } from '../../shared/state/workshopState';
import { sha256 } from '@noble/hashes/sha2.js';
import { signaturePayload, verifyCharterSignature } from '../../shared/charter/signature';
import { freezeGapsOf } from '../../shared/commands/charter';
import { missingSigningCapacities } from '../../shared/rules/signatories';
import { requiredSectionCodes } from '../../shared/schema/sections';
import { bindParticipants, commandOf, type DemoScript, demoScript, finishedDemoScript } from './demoScript';

const SIGNATORIES_IN_ORDER = [
  ['S1', 'pihak_pertama'],
  ['S9', 'pihak_kedua'],
  ['S6', 'pihak_ketiga'],
  ['S4', 'saksi'],
  ['S7', 'saksi'],
  ['S8', 'saksi'],
] as const;

const WORKSHOP = asWorkshopId('demoworkshop0001');

/** Deterministic 16-character [a-z0-9] ids, like the server's generator. */
function idGenerator(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${(n++).toString(36).padStart(16 - prefix.length, '0')}`;
}

interface Run {
  state: WorkshopState;
  events: DomainEvent[];
  idOf: (key: string) => ParticipantId;
  keyOf: (id: string) => string | undefined;
}

/**
 * Does what the server does: create every person, then run every step through decide +
 * applyEvent (a freeze gets its charter hash as the server gives it, from freezeCharterVersion).
 */
function runDemo(script: DemoScript = demoScript(idGenerator('x'))): Run & { script: DemoScript } {
  const newParticipantId = idGenerator('p');
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 2, 10, 8, minute++)).toISOString();
  let state = initialWorkshopState(WORKSHOP);
  const events: DomainEvent[] = [];
  const ids = new Map<string, ParticipantId>();
  const idOf = (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`unknown person ${key}`);
    return id;
  };

  for (const person of script.people) {
    const id = asParticipantId(newParticipantId());
    ids.set(person.key, id);
    const actor: Actor = { participantId: id, role: person.role, sector: person.sector };
    const command = { type: 'joinWorkshop', displayName: person.name, sector: person.sector, ...(person.category ? { category: person.category } : {}) };
    const decision = decide(state, actor, command, now());
    if (!decision.ok) throw new Error(`join of ${person.key} refused: ${decision.code} ${decision.message}`);
    state = applyEvent(state, decision.event);
    events.push(decision.event);
  }

  script.steps.forEach((step, index) => {
    const issuer = state.participants[idOf(step.as)];
    if (!issuer) throw new Error(`step ${index}: ${step.as} has not joined`);
    const actor: Actor = {
      participantId: issuer.id,
      role: issuer.role,
      sector: issuer.sector,
      ...(step.onBehalfOf ? { onBehalfOf: idOf(step.onBehalfOf) } : {}),
    };
    const command = bindParticipants(commandOf(step, state), idOf);
    const decision = decide(state, actor, command, now());
    if (!decision.ok) {
      throw new Error(`step ${index} (${command.type} as ${step.as}) refused: ${decision.code} ${decision.message} ${JSON.stringify(decision.params ?? {})}`);
    }
    const event = decision.event.type === 'charterFrozen' ? freezeCharterVersion(state, null, decision.event as EventOf<'charterFrozen'>, TEST_CONTEXT).event : decision.event;
    state = applyEvent(state, event);
    events.push(event);
  });

  const keyOf = (id: string) => [...ids].find(([, value]) => value === id)?.[0];
  return { script, state, events, idOf, keyOf };
}

describe('the demo workshop script', () => {
  const { script, state, events, idOf, keyOf } = runDemo();
  const clauses = Object.values(state.clauses);
  const k5 = clauses.find((c) => c.sectionCode === 'WAKTU');

  it('has the facilitator first, S1..S9 and the projector board', () => {
    expect(script.people.map((p) => p.key)).toEqual(['F', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'BOARD']);
    expect(script.people[0]).toEqual({ key: 'F', name: 'Tim Fasilitator', sector: null, role: 'facilitator' });
    expect(script.people.at(-1)).toMatchObject({ name: 'Layar proyektor', sector: null, role: 'observer' });
  });

  it('runs every step through decide and ends in the consensus check, not frozen', () => {
    expect(events).toHaveLength(script.people.length + script.steps.length);
    expect(state.agenda.map((s) => s.plannedMinutes)).toEqual([30, 45, 40, 30, 30, 120, 20, 90, 45, 30]);
    expect(currentStep(state)?.method).toBe('consensus_check');
    expect(state.freeze).toBeNull();
  });

  it('registers the nine stakeholders and four user groups', () => {
    expect(Object.keys(state.stakeholders)).toHaveLength(9);
    expect(Object.keys(state.userGroups)).toHaveLength(4);
    const sectors = Object.values(state.stakeholders).map((s) => s.sector);
    expect(new Set(sectors)).toEqual(new Set(['government', 'private', 'civil_society']));
    const positions = Object.entries(script.stakeholderPositions);
    expect(positions).toHaveLength(9);
    for (const [id, position] of positions) expect(position).toEqual({ power: state.stakeholders[id]?.power, interest: state.stakeholders[id]?.interest });
  });

  it('drafts at least fourteen clauses, some agreed and some still open', () => {
    expect(clauses.length).toBeGreaterThanOrEqual(14);
    expect(clauses.filter((c) => c.status === 'agreed').length).toBeGreaterThanOrEqual(3);
    expect(clauses.some((c) => c.status === 'proposed')).toBe(true);
    expect(clauses.some((c) => c.status === 'under_discussion')).toBe(true);
    expect(clauses.filter((c) => c.sectionCode === 'KEWAJIBAN_PENGGUNA' || c.sectionCode === 'KEWAJIBAN_PENYELENGGARA')).toHaveLength(2);
    const fee = clauses.find((c) => c.sectionCode === 'BIAYA');
    expect(fee && currentVersion(fee)).toMatchObject({ legalBasis: 'UU 24/2013 Pasal 79A', commitment: { measure: { value: 0, unit: 'rupiah' } } });
  });

  it('keeps K5 history: users ask 1 day, provider 5, agreed compromise 3 by S1', () => {
    if (!k5) throw new Error('no K5');
    const versions = Object.values(k5.versions).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(versions.map((v) => v.commitment?.measure.value)).toEqual([1, 5, 3]);
    expect(versions.map((v) => keyOf(v.proposedBy))).toEqual(['S9', 'S2', 'S1']);
    expect(k5.usersAsk).toEqual({ value: 1, unit: 'working_days' });
    expect(k5.providerBaseline).toEqual({ value: 5, unit: 'working_days' });
    // A stand-aside and level 2/3/6 answers are reservations: the core allows only this agreed status.
    expect(k5.status).toBe('agreed_with_reservations');
    expect(isAgreedStatus(k5.status)).toBe(true);
  });

  it("records K5's consensus with S5 at level 6, S7 standing aside and S7's minority report", () => {
    const check = k5?.agreedByCheckId ? state.consensusChecks[k5.agreedByCheckId] : undefined;
    if (!check?.record) throw new Error('K5 has no recorded check');
    expect(check.clauseVersionId).toBe(k5?.currentVersionId);
    expect(check.record.outcome).toBe('consensus_with_reservations');
    expect(check.record.result.standAsides).toEqual([idOf('S7')]);
    expect(check.answers[idOf('S5')]?.level).toBe(6);
    const low = Object.values(check.answers).filter((a) => a.level !== null && a.level <= 3);
    expect(low).toHaveLength(7);
    expect(check.record.minorityReport?.authorIds).toEqual([idOf('S7')]);
    expect(check.record.minorityReport?.text.id).toBe('Kami tetap mendorong 1 hari kerja untuk kelahiran di faskes mitra.');
    expect(check.answers[idOf('S8')]?.enteredBy).toBe(idOf('F'));
  });

  it('shows the facilitator entering input for Pak Darmo (S8)', () => {
    const entered = events.filter((e) => e.actor.onBehalfOf === idOf('S8'));
    expect(entered.length).toBeGreaterThan(0);
    expect(entered.every((e) => e.actor.participantId === idOf('F'))).toBe(true);
    expect(clauses.some((c) => currentVersion(c).enteredBy === idOf('F') && currentVersion(c).proposedBy === idOf('S8'))).toBe(true);
  });

  it('reveals a hidden dot vote with dots from all three sectors, within budget and cap', () => {
    const rounds = Object.values(state.voteRounds);
    expect(rounds).toHaveLength(1);
    const round = rounds[0]!;
    expect(round).toMatchObject({ status: 'revealed', visibility: 'hidden_until_reveal', budgetPerPerson: 5, capPerOption: 2 });
    const tally = tallyVoteRound(round, sectorOf(state));
    expect(tally.votersBySector.government).toBeGreaterThan(0);
    expect(tally.votersBySector.private).toBeGreaterThan(0);
    expect(tally.votersBySector.civil_society).toBeGreaterThan(0);
    const top = round.options.find((o) => o.id === tally.ranking[0]);
    expect(top?.clauseId).toBe(k5?.id);
  });

  it('enrols S1, S9, the partner hospital (S6) and three witnesses without changing their role', () => {
    const capacities = state.signatories.map((s) => [keyOf(s.participantId), s.capacity]);
    expect(capacities).toEqual([
      ['S1', 'pihak_pertama'],
      ['S9', 'pihak_kedua'],
      ['S6', 'pihak_ketiga'],
      ['S4', 'saksi'],
      ['S7', 'saksi'],
      ['S8', 'saksi'],
    ]);
    expect(state.signatories.every((s) => state.participants[s.participantId]?.role === 'participant')).toBe(true);
  });

  it('builds a hash chain over all events that verifies', () => {
    let head: ChainHead | null = null;
    const entries: ChainEntry[] = [];
    for (const event of events) {
      const entry = appendEntry(WORKSHOP, head, event);
      entries.push(entry);
      head = { seq: entry.seq, hash: entry.hash };
    }
    expect(verifyChain(WORKSHOP, entries, head ?? undefined)).toEqual({ ok: true, head });
  });

  it('gives every clause a non-empty working draft and a free service flow', () => {
    for (const clause of clauses) {
      const draft = script.clauseDrafts[clause.id];
      expect(draft?.length, clause.id).toBeGreaterThan(0);
      expect(draft?.every((p) => p.trim().length > 0)).toBe(true);
      expect(draft?.[0]).toBe(currentVersion(clause).text.id);
    }
    expect(Object.keys(script.clauseDrafts)).toHaveLength(clauses.length);
    expect(script.serviceFlow.length).toBeGreaterThanOrEqual(4);
    expect(script.serviceFlow.length).toBeLessThanOrEqual(6);
    expect(script.serviceFlow.every((s) => s.costRupiah === 0)).toBe(true);
  });

  it('uses only ids from the generator it is given', () => {
    const again = demoScript(idGenerator('y'));
    expect(Object.keys(again.clauseDrafts).every((id) => /^y[a-z0-9]{15}$/.test(id))).toBe(true);
    expect(Object.keys(again.stakeholderPositions).every((id) => /^y[a-z0-9]{15}$/.test(id))).toBe(true);
  });
});

describe('the demo contract, section by section', () => {
  const { state, idOf } = runDemo();
  const clauses = Object.values(state.clauses);
  const inSection = (code: string) => clauses.filter((c) => c.sectionCode === code);
  const textOf = (code: string) => inSection(code).map((c) => currentVersion(c).text.id).join(' ');

  it('has clause text in every required section; only the story’s open clauses keep it from the freeze', () => {
    for (const code of requiredSectionCodes()) expect(inSection(code).length, code).toBeGreaterThan(0);
    const open = freezeGapsOf(state).filter((g) => g.code === 'section_not_agreed').map((g) => (g.params as { sectionCode: string }).sectionCode);
    expect(open.sort()).toEqual(['KEWAJIBAN_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'MAKLUMAT', 'PERSYARATAN', 'SANKSI_KOMPENSASI', 'STD_PERLAKUAN', 'SURVEI']);
    for (const code of ['HAK_PENGGUNA', 'HAK_PENYELENGGARA', 'STD_INFORMASI', 'DASAR_HUKUM', 'RUANG_LINGKUP', 'TEMPAT_WAKTU', 'PEMANTAUAN', 'PERUBAHAN_SENGKETA', 'MASA_BERLAKU']) {
      expect(inSection(code).some((c) => isAgreedStatus(c.status)), code).toBe(true);
    }
    expect(freezeGapsOf(state).filter((g) => g.code !== 'section_not_agreed')).toEqual([]);
  });

  it('names the service’s own legal bases', () => {
    const basis = textOf('DASAR_HUKUM');
    for (const law of ['Nomor 23 Tahun 2006', 'Nomor 24 Tahun 2013', 'Nomor 96 Tahun 2018', 'Nomor 108 Tahun 2019', 'Nomor 109 Tahun 2019', 'Nomor 25 Tahun 2009']) expect(basis).toContain(law);
    expect(textOf('PRODUK')).toContain('kertas HVS');
  });

  it('bounds the completeness check, serves late registration and names the Ombudsman', () => {
    const check = inSection('PROSEDUR').find((c) => currentVersion(c).commitment?.measure.unit === 'working_days');
    expect(check && currentVersion(check).text.id).toContain('diperiksa');
    expect(Object.values(state.userGroups).map((g) => g.name.id)).toContain('Pelaporan kelahiran terlambat (lebih dari 60 hari)');
    expect(textOf('WAKTU')).toContain('melewati 60 (enam puluh) hari');
    expect(textOf('PENGADUAN')).toContain('Ombudsman Republik Indonesia');
    expect(textOf('HAK_PENGGUNA')).toContain('Ombudsman RI');
  });

  it('hears every sector in every consensus check, and enrols the users’ representative', () => {
    const sectorOfId = (id: string) => state.participants[id]?.sector;
    for (const check of Object.values(state.consensusChecks)) {
      const sectors = new Set(Object.keys(check.answers).map(sectorOfId));
      expect(sectors, check.id).toEqual(new Set(['government', 'private', 'civil_society']));
    }
    expect(state.signatories.find((s) => s.capacity === 'pihak_kedua')?.participantId).toBe(idOf('S9'));
  });
});

describe('the finished demo', () => {
  const { state, idOf, script } = runDemo(finishedDemoScript(idGenerator('z'), (key) => sha256(new TextEncoder().encode(`demo key ${key}`))));

  it('is frozen with every clause agreed and signed by all six signatories, each signature verifying', () => {
    expect(state.freeze?.charterSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(currentStep(state)?.method).toBe('sign_off');
    expect(state.stepClock).toMatchObject({ runningSince: null });
    expect(Object.values(state.clauses).every((c) => isAgreedStatus(c.status))).toBe(true);
    const signatures = state.charterSignatures;
    expect(signatures.map((s) => [s.participantId, s.capacity])).toEqual(SIGNATORIES_IN_ORDER.map(([key, capacity]) => [idOf(key), capacity]));
    expect(missingSigningCapacities(signatures, state.signatories)).toEqual([]);
    for (const s of signatures) {
      const payload = signaturePayload({ workshopId: state.workshopId, charterVersion: s.charterVersion, charterSha256: s.charterSha256, capacity: s.capacity, keyId: s.keyId });
      expect(verifyCharterSignature(payload, s.publicKey, s.signature)).toEqual({ ok: true });
    }
    expect(signatures.find((s) => s.participantId === idOf('S1'))).toMatchObject({ title: 'Kepala Dinas', institution: 'Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta' });
    expect(script.steps.filter((s) => s.onBehalfOf && ['registerSigningKey', 'signCharter'].includes(commandOf(s, state).type))).toEqual([]);
  });
});
