/**
 * The whole day (issue 18): one workshop of 60 participants scripted from the first join to the
 * last signature against our server, at `speed`× (120 by default: a 6-hour day in 3 minutes;
 * `--day-speed 10` is the issue's 10×, 36 minutes). Everything goes through the real paths: joins
 * and commands over HTTP (tests/support's ApiWorkshop), two sync sockets per person (the content
 * room with `ack=1` and the read-only decisions room) with y-websocket's provider as our client
 * configures it.
 *
 * Day plan (day minutes): 0-30 joins; 30-60 stakeholder mapping (cards by command, grid moves in
 * the content document); 60-240 drafting: `typists` people type clause drafts by replaying the
 * keystroke trace (trace/keystrokes-id.json) in bursts with discussion pauses, the cursor in
 * their presence, service-flow steps added; 240-270 a dot vote; 270-330 a consensus check per
 * required section, all 60 answering; 330-360 enrolment, freeze, keys and signing.
 *
 * At speed S the trace's inter-key times are divided by S, so a day types the same text as a
 * real one; keys falling within one `frameMs` (real time) go out as one transaction (above
 * about 10× a typist would otherwise pass the server's 60 messages/s per connection).
 *
 * Measured: the server's RSS and CPU every real second, a fresh participant's join (HTTP join,
 * workshop read, both rooms synced) at the start and at the end, and at the end, after everyone
 * left and the rooms were compacted and unloaded, the bytes stored for each document against
 * its encoded size (Y.encodeStateAsUpdate of a synced copy).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as ed from '@noble/ed25519';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { toBase64url } from '../../shared/charter/base64url';
import { keyIdOf } from '../../shared/charter/ed25519';
import { signatureMessage, signaturePayload } from '../../shared/charter/signature';
import { roomName } from '../../shared/protocol';
import { clauseField, CONTENT_ROOTS } from '../../shared/schema/contentDoc';
import { requiredSectionCodes } from '../../shared/schema/sections';
import type { Sector } from '../../shared/schema/stakeholders';
import { USERS_MANDATE } from '../../shared/testing/workshopKit';
import { api } from '../support/api';
import { ApiWorkshop, AGENDA } from '../support/workshop';
import { cpuMicros, rssBytes, startServer } from './servers';

export interface DayPlan {
  participants: number;
  typists: number;
  /** Minutes of the scripted day (the phases scale to it). */
  dayMinutes: number;
  /** Trace replays per typist over the drafting phase. */
  burstsPerTypist: number;
  /** Keys within this much real time go out as one transaction. */
  frameMs: number;
}

export const DAY_PLAN: DayPlan = { participants: 60, typists: 6, dayMinutes: 360, burstsPerTypist: 12, frameMs: 25 };
export const DAY_QUICK: DayPlan = { participants: 20, typists: 3, dayMinutes: 360, burstsPerTypist: 2, frameMs: 25 };

export interface DaySample {
  dayMinute: number;
  rssMiB: number;
  /** Server CPU over the last sample interval, in cores. */
  cores: number;
}

export interface DayResult {
  speed: number;
  plan: DayPlan;
  realSeconds: number;
  keystrokes: number;
  frames: number;
  commands: number;
  /** HTTP command round trips (POST .../commands), ms. */
  commandP50Ms: number;
  commandP99Ms: number;
  commandMaxMs: number;
  samples: DaySample[];
  rssEndFirstHourMiB: number;
  rssEndMiB: number;
  /** Median of 3 fresh joins; the parts of the median one. */
  freshJoinStartMs: number;
  freshJoinEndMs: number;
  freshJoinStart: FreshJoin;
  freshJoinEnd: FreshJoin;
  /** Per document: bytes stored (update log + snapshot) after compaction, and encoded size. */
  docs: { room: string; storedBytes: number; encodedBytes: number; updatesLeft: number }[];
  /** Day minutes each phase started late because the one before overran (0 = on time). */
  lateness: Record<string, number>;
}

export interface FreshJoin {
  ms: number;
  /** POST /api/join, GET /api/workshops/:id, then both rooms synced. */
  joinMs: number;
  readMs: number;
  syncMs: number;
  content: number;
  decisions: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Trace {
  text: string;
  keys: [number, string][];
}

function loadTrace(): Trace {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'trace/keystrokes-id.json'), 'utf8')) as Trace;
}

/** One of the two sync sockets a participant's browser holds. */
interface Sync {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

function openSync(wsBase: string, room: string, token: string, ack: boolean): Sync {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${wsBase}/sync`, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: ack ? { token, ack: '1' } : { token },
    disableBc: true,
  });
  provider.messageHandlers[100] = () => {}; // `stored` acknowledgements
  return { doc, provider };
}

async function synced(s: Sync[], timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!s.every((x) => x.provider.synced)) {
    if (Date.now() > until) throw new Error('not synced in time');
    await sleep(10);
  }
}

function closeSync(s: Sync): void {
  s.provider.destroy();
  s.doc.destroy();
}

const SECTORS: Sector[] = ['government', 'private', 'civil_society', 'civil_society', 'civil_society'];

export async function day(plan: DayPlan, speed: number, nodeArgs: string[], env: Record<string, string>, log: (m: string) => void): Promise<DayResult> {
  const server = await startServer('ours', nodeArgs, env);
  const http = `http://127.0.0.1:${server.port}`;
  const wsBase = `ws://127.0.0.1:${server.port}`;
  const trace = loadTrace();
  const realMs = (dayMin: number): number => (dayMin * 60_000) / speed;
  const t0 = performance.now();
  const dayNow = (): number => ((performance.now() - t0) * speed) / 60_000;
  const lateness: Record<string, number> = {};
  /** Waits until day minute `m`; records how late the phase starts. */
  const at = async (m: number, phase: string): Promise<void> => {
    const wait = t0 + realMs(m) - performance.now();
    lateness[phase] = Math.max(0, -wait * speed) / 60_000;
    if (wait > 0) await sleep(wait);
    log(`    day ${fmtClock(m)} ${phase}${lateness[phase]! > 1 ? ` (${lateness[phase]!.toFixed(0)} day-min late)` : ''}`);
  };
  const samples: DaySample[] = [];
  let lastCpu = cpuMicros(server.pid);
  let lastAt = performance.now();
  const sampler = setInterval(() => {
    const cpu = cpuMicros(server.pid);
    const now = performance.now();
    samples.push({ dayMinute: dayNow(), rssMiB: rssBytes(server.pid) / 2 ** 20, cores: (cpu - lastCpu) / 1000 / (now - lastAt) });
    lastCpu = cpu;
    lastAt = now;
  }, 1000);
  const people: { key: string; content: Sync; decisions: Sync }[] = [];
  let commands = 0;
  const commandMs: number[] = [];
  let keystrokes = 0;
  let frames = 0;
  try {
    const w = await ApiWorkshop.create(http);
    const must = async (key: string, command: Record<string, unknown>) => {
      commands++;
      const t = performance.now();
      const r = await w.as(key).must(command);
      commandMs.push(performance.now() - t);
      return r;
    };
    const run = async (key: string, command: Record<string, unknown>) => {
      commands++;
      const t = performance.now();
      const r = await w.as(key).run(command);
      commandMs.push(performance.now() - t);
      return r;
    };
    const contentRoom = roomName({ workshopId: w.workshopId as never, kind: 'content' });
    const decisionsRoom = roomName({ workshopId: w.workshopId as never, kind: 'decisions' });
    await must('F', { type: 'setAgenda', steps: AGENDA });
    const facilitator = { key: 'F', content: openSync(wsBase, contentRoom, w.facilitator.token, true), decisions: openSync(wsBase, decisionsRoom, w.facilitator.token, false) };
    people.push(facilitator);

    /** A fresh participant: HTTP join, the workshop read, both rooms synced; then leaves. */
    let freshCount = 0;
    const freshJoinOnce = async (): Promise<FreshJoin> => {
      const start = performance.now();
      const p = await w.join(`Baru${++freshCount}`, 'civil_society');
      const joined = performance.now();
      await api(http, 'GET', `/api/workshops/${w.workshopId}`, undefined, p.token);
      const read = performance.now();
      const s = [openSync(wsBase, contentRoom, p.token, true), openSync(wsBase, decisionsRoom, p.token, false)];
      await synced(s);
      const done = performance.now();
      const sizes = { content: Y.encodeStateAsUpdate(s[0]!.doc).byteLength, decisions: Y.encodeStateAsUpdate(s[1]!.doc).byteLength };
      for (const x of s) closeSync(x);
      return { ms: done - start, joinMs: joined - start, readMs: read - joined, syncMs: done - read, ...sizes };
    };
    /** The median of three, a second apart (real time). */
    const freshJoin = async (): Promise<FreshJoin> => {
      const runs: FreshJoin[] = [];
      for (let i = 0; i < 3; i++) {
        runs.push(await freshJoinOnce());
        await sleep(300);
      }
      return runs.sort((a, b) => a.ms - b.ms)[1]!;
    };

    // 0-30: people arrive.
    await at(0, 'joins');
    await must('F', { type: 'setAgendaStep', stepId: 'promotion' });
    for (let i = 0; i < plan.participants; i++) {
      const key = `P${i + 1}`;
      const sector = i === 1 ? 'civil_society' : SECTORS[i % SECTORS.length]!;
      commands++;
      const p = i === 2 ? await w.join(key, 'civil_society', 'ngo') : await w.join(key, sector);
      people.push({ key, content: openSync(wsBase, contentRoom, p.token, true), decisions: openSync(wsBase, decisionsRoom, p.token, false) });
      await sleep(Math.max(0, t0 + realMs(((i + 1) * 25) / plan.participants) - performance.now()));
    }
    await synced(people.flatMap((p) => [p.content, p.decisions]));
    const freshStart = await freshJoin();
    log(`    fresh join at the start: ${freshStart.ms.toFixed(0)} ms`);

    // 30-60: stakeholder mapping.
    await at(30, 'stakeholder mapping');
    await must('F', { type: 'setAgendaStep', stepId: 'stakeholder_mapping' });
    const categories = [
      ['government', 'provider_unit'],
      ['private', 'private_provider'],
      ['civil_society', 'service_user'],
    ] as const;
    for (let i = 0; i < 24; i++) {
      const [sector, category] = categories[i % 3]!;
      await must('F', {
        type: 'addStakeholder',
        stakeholder: { id: `sh${i}`, name: `Pemangku ${i + 1}`, category, sector, power: 1 + (i % 5), interest: 1 + ((i * 3) % 5), salience: { power: i % 2 === 0, legitimacy: true, urgency: i % 3 === 0 }, userGroupIds: [] },
      });
      // Someone drags the card on the grid (the content document).
      const mover = people[1 + (i % plan.participants)]!;
      mover.content.doc.getMap(CONTENT_ROOTS.stakeholderPositions).set(`sh${i}`, { power: 1 + ((i * 2) % 5), interest: 1 + (i % 5) });
      await sleep(realMs(25) / 24);
    }
    await at(60, 'end of the first hour');
    const rssEndFirstHour = rssBytes(server.pid);

    // 60-240: drafting.
    await must('F', { type: 'setAgendaStep', stepId: 'drafting' });
    const sections = requiredSectionCodes().filter((c) => c !== 'BIAYA');
    const clauses: string[] = [];
    for (const code of sections) {
      const id = `c_${code}`;
      await must('F', { type: 'proposeClause', clauseId: id, versionId: `${id}v1`, sectionCode: code, text: { id: `Klausul ${code}` }, rationale: 'Usulan kelompok', obligatedParty: 'provider' });
      clauses.push(id);
    }
    const draftingEnd = 240;
    const typing = Array.from({ length: plan.typists }, async (_, t) => {
      const typist = people[1 + t]!;
      const doc = typist.content.doc;
      const fragment = doc.getXmlFragment(clauseField(clauses[t % clauses.length]!));
      const burstGap = (draftingEnd - 60) / plan.burstsPerTypist; // day minutes per burst (typing + discussion)
      for (let b = 0; b < plan.burstsPerTypist; b++) {
        await at(60 + b * burstGap + (t * burstGap) / plan.typists / 2, `typist ${t + 1} burst ${b + 1}`);
        // A new paragraph per burst, typed key by key.
        let text: Y.XmlText | null = null;
        doc.transact(() => {
          const p = new Y.XmlElement('paragraph');
          text = new Y.XmlText();
          p.insert(0, [text]);
          fragment.insert(fragment.length, [p]);
        });
        let pending: string[] = [];
        let due = performance.now();
        const flush = (): void => {
          if (pending.length === 0) return;
          const keys = pending;
          pending = [];
          doc.transact(() => {
            for (const k of keys) {
              const len = text!.length;
              if (k === '\b') {
                if (len > 0) text!.delete(len - 1, 1);
              } else text!.insert(len, k);
            }
          });
          frames++;
          typist.content.provider.awareness.setLocalStateField('cursor', { clause: t, at: text!.length });
        };
        let frameStart = performance.now();
        for (const [delay, key] of trace.keys) {
          due += delay / speed;
          const wait = due - performance.now();
          if (wait > 0) {
            if (performance.now() - frameStart >= plan.frameMs || wait >= plan.frameMs) {
              flush();
              frameStart = performance.now();
            }
            if (wait >= 1) await sleep(wait);
          }
          pending.push(key);
          keystrokes++;
          if (performance.now() - frameStart >= plan.frameMs) {
            flush();
            frameStart = performance.now();
          }
        }
        flush();
        typist.content.provider.awareness.setLocalStateField('cursor', null);
      }
    });
    // Meanwhile the service flow grows, one step per half hour.
    const flowWriter = people[plan.typists + 1]!;
    for (let s = 0; s < 6; s++) {
      await at(75 + s * 30, `service flow step ${s + 1}`);
      flowWriter.content.doc.getArray<Y.Map<unknown>>(CONTENT_ROOTS.serviceFlow).push([
        new Y.Map<unknown>(Object.entries({ id: `f${s + 1}`, unit: `Loket ${s + 1}`, action: `Langkah ${s + 1}: pemeriksaan berkas`, documents: 'KK, KTP', minutes: 5 + s, costRupiah: 0 })),
      ]);
    }
    await Promise.all(typing);

    // 240-270: dot vote.
    await at(draftingEnd, 'dot vote');
    await must('F', { type: 'setAgendaStep', stepId: 'dot_vote' });
    const options = clauses.slice(0, 8);
    await must('F', { type: 'configureVoteRound', roundId: 'r1', options: options.map((c) => ({ id: c, label: { id: c }, clauseId: c })), budgetPerPerson: 2, capPerOption: 1 });
    await must('F', { type: 'openVoteRound', roundId: 'r1' });
    for (let i = 0; i < plan.participants; i++) {
      const key = `P${i + 1}`;
      await must(key, { type: 'castDot', roundId: 'r1', optionId: options[i % options.length]! });
      await must(key, { type: 'castDot', roundId: 'r1', optionId: options[(i + 3) % options.length]! });
      await sleep(realMs(25) / plan.participants);
    }
    await must('F', { type: 'closeVoteRound', roundId: 'r1' });
    await must('F', { type: 'revealVoteRound', roundId: 'r1' });

    // 270-330: a consensus check per required section, everyone answers.
    await at(270, 'consensus checks');
    await must('F', { type: 'setAgendaStep', stepId: 'consensus_check' });
    const voters = people.slice(1).map((p) => p.key);
    for (const [i, id] of clauses.entries()) {
      const checkId = `k_${id}`;
      await must('F', { type: 'setClauseStatus', clauseId: id, status: 'under_discussion' });
      await must('F', { type: 'startConsensusCheck', checkId, clauseId: id, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
      for (const key of voters) await run(key, { type: 'answerConsensus', checkId, level: 4 + ((key.length + i) % 2) });
      await must('F', { type: 'recordConsensusOutcome', checkId });
      await must('F', { type: 'setClauseStatus', clauseId: id, status: 'agreed', checkId });
      await sleep(Math.max(0, t0 + realMs(270 + ((i + 1) * 55) / clauses.length) - performance.now()));
    }
    await must('F', { type: 'startNotApplicableCheck', checkId: 'na_BIAYA', sectionCode: 'BIAYA', reason: { id: 'Gratis (UU 24/2013 Pasal 79A)' }, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    for (const key of voters) await run(key, { type: 'answerConsensus', checkId: 'na_BIAYA', level: 5 });
    await must('F', { type: 'recordConsensusOutcome', checkId: 'na_BIAYA' });

    // 330-360: signatories, freeze, keys, signatures.
    await at(330, 'freeze and signing');
    await must('F', { type: 'setAgendaStep', stepId: 'sign_off' });
    const signers = [
      { key: 'P1', capacity: 'pihak_pertama' }, // government
      { key: 'P2', capacity: 'pihak_kedua', mandate: USERS_MANDATE },
      { key: 'P3', capacity: 'saksi' }, // the NGO
    ];
    for (const s of signers) await must('F', { type: 'enrollSignatory', participantId: w.person(s.key).participantId, capacity: s.capacity, ...(s.mandate ? { mandate: s.mandate } : {}) });
    const frozen = await must('F', { type: 'freezeCharter' });
    const sha: string = frozen.body.event.data.charterSha256;
    for (const s of signers) {
      const secretKey = ed.utils.randomSecretKey();
      const raw = ed.getPublicKey(secretKey);
      const keyId = keyIdOf(raw);
      await must(s.key, { type: 'registerSigningKey', publicKey: toBase64url(raw), title: 'Jabatan', institution: 'Lembaga' });
      const payload = signaturePayload({ workshopId: w.workshopId as never, charterVersion: 1, charterSha256: sha, capacity: s.capacity as 'saksi', keyId });
      await must(s.key, { type: 'signCharter', charterVersion: 1, keyId, signature: toBase64url(ed.sign(signatureMessage(payload), secretKey)) });
    }
    await at(plan.dayMinutes, 'end of the day');
    const rssEnd = rssBytes(server.pid);
    const freshEnd = await freshJoin();
    log(`    fresh join at the end: ${freshEnd.ms.toFixed(0)} ms`);
    clearInterval(sampler);
    const realSeconds = (performance.now() - t0) / 1000;

    // Everyone leaves; the rooms compact and unload (grace 1 s in the benchmark).
    for (const p of people.splice(0)) {
      closeSync(p.content);
      closeSync(p.decisions);
    }
    const until = Date.now() + 30_000;
    while ((await server.loadedRooms()) !== 0 && Date.now() < until) await sleep(200);
    const db = new Database(path.join(server.dataDir!, 'mufakat.sqlite'), { readonly: true, fileMustExist: true });
    const stored = (room: string) => {
      const log = db.prepare('SELECT COALESCE(SUM(LENGTH(data)), 0) AS bytes, COUNT(*) AS n FROM doc_updates WHERE doc = ?').get(room) as { bytes: number; n: number };
      const snap = db.prepare('SELECT COALESCE(SUM(LENGTH(data)), 0) AS bytes FROM doc_snapshots WHERE doc = ?').get(room) as { bytes: number };
      return { storedBytes: log.bytes + snap.bytes, updatesLeft: log.n };
    };
    const docs = [
      { room: 'content', ...stored(contentRoom), encodedBytes: freshEnd.content },
      { room: 'decisions', ...stored(decisionsRoom), encodedBytes: freshEnd.decisions },
    ];
    db.close();
    return {
      speed,
      plan,
      realSeconds,
      keystrokes,
      frames,
      commands,
      ...(() => {
        const sorted = [...commandMs].sort((a, b) => a - b);
        const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
        return { commandP50Ms: at(0.5), commandP99Ms: at(0.99), commandMaxMs: sorted[sorted.length - 1] ?? Number.NaN };
      })(),
      samples,
      rssEndFirstHourMiB: rssEndFirstHour / 2 ** 20,
      rssEndMiB: rssEnd / 2 ** 20,
      freshJoinStartMs: freshStart.ms,
      freshJoinEndMs: freshEnd.ms,
      freshJoinStart: freshStart,
      freshJoinEnd: freshEnd,
      docs,
      lateness,
    };
  } finally {
    clearInterval(sampler);
    for (const p of people) {
      closeSync(p.content);
      closeSync(p.decisions);
    }
    await server.stop();
  }
}

function fmtClock(dayMin: number): string {
  const h = 8 + Math.floor(dayMin / 60);
  return `${String(h).padStart(2, '0')}:${String(Math.floor(dayMin % 60)).padStart(2, '0')}`;
}

/** The day's section of the benchmark's output: a series by half hour, the three targets. */
export function printDay(r: DayResult): string {
  const lines = [
    `The whole day: ${r.plan.participants} participants, ${r.speed}× speed (${r.realSeconds.toFixed(0)} s real), ${r.keystrokes} keystrokes in ${r.frames} frames, ${r.commands} commands (HTTP round trip p50 ${r.commandP50Ms.toFixed(0)} ms, p99 ${r.commandP99Ms.toFixed(0)} ms, max ${r.commandMaxMs.toFixed(0)} ms)`,
    '',
    '| day time | server RSS (MiB) | server CPU (cores, mean) |',
    '|---|---:|---:|',
  ];
  for (let m = 0; m < r.plan.dayMinutes; m += 30) {
    const s = r.samples.filter((x) => x.dayMinute >= m && x.dayMinute < m + 30);
    if (s.length === 0) continue;
    const rss = s[s.length - 1]!.rssMiB;
    const cores = s.reduce((n, x) => n + x.cores, 0) / s.length;
    lines.push(`| ${fmtClock(m)}-${fmtClock(m + 30)} | ${rss.toFixed(1)} | ${cores.toFixed(2)} |`);
  }
  lines.push('', '| document | stored bytes after compaction | encoded bytes | stored / encoded | updates left in the log |', '|---|---:|---:|---:|---:|');
  for (const d of r.docs) lines.push(`| ${d.room} | ${d.storedBytes} | ${d.encodedBytes} | ${(d.storedBytes / d.encodedBytes).toFixed(2)} | ${d.updatesLeft} |`);
  const fj = (label: string, j: FreshJoin) =>
    `| ${label} | ${j.ms.toFixed(0)} | ${j.joinMs.toFixed(0)} | ${j.readMs.toFixed(0)} | ${j.syncMs.toFixed(0)} | ${(j.content / 1024).toFixed(1)} | ${(j.decisions / 1024).toFixed(1)} |`;
  lines.push(
    '',
    '| fresh participant (median of 3) | total ms | POST /api/join | GET workshop | both rooms synced | content KiB | decisions KiB |',
    '|---|---:|---:|---:|---:|---:|---:|',
    fj('at the start', r.freshJoinStart),
    fj('at the end', r.freshJoinEnd),
  );
  const late = Object.entries(r.lateness).filter(([, v]) => v > 1);
  if (late.length) lines.push('', `phases that started late (day minutes): ${late.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  const memRatio = r.rssEndMiB / r.rssEndFirstHourMiB;
  const storedRatio = Math.max(...r.docs.map((d) => d.storedBytes / d.encodedBytes));
  const joinRatio = r.freshJoinEndMs / r.freshJoinStartMs;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  lines.push(
    '',
    '| target | value | verdict |',
    '|---|---:|---|',
    `| whole day: RSS at the end within 20% of the end of the first hour | ${r.rssEndMiB.toFixed(1)} / ${r.rssEndFirstHourMiB.toFixed(1)} MiB = ${memRatio.toFixed(2)}× | ${verdict(memRatio <= 1.2)} |`,
    `| whole day: stored bytes ≤ 2× encoded after compaction (worst document) | ${storedRatio.toFixed(2)}× | ${verdict(storedRatio <= 2)} |`,
    `| whole day: fresh join at the end ≤ 1.5× the start | ${r.freshJoinEndMs.toFixed(0)} / ${r.freshJoinStartMs.toFixed(0)} ms = ${joinRatio.toFixed(2)}× | ${verdict(joinRatio <= 1.5)} |`,
  );
  return lines.join('\n');
}
