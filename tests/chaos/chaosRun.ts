/**
 * Kills the server with SIGKILL at random moments while clients edit and vote, restarts it on
 * the same data directory and port, and checks — before the clients reconnect and re-send —
 * that every edit and command that was acknowledged, or seen by another client, is stored.
 */
import { api } from '../support/api';
import { AckingClient } from '../support/ackingClient';
import { connectClient } from '../support/clients';
import { type RunningServer, startServer, tempDataDir } from '../support/server';
import { ApiWorkshop } from '../support/workshop';
import { seededRandom } from '../support/random';

export interface ChaosResult {
  kills: number;
  ackedEdits: number;
  seenEdits: number;
  ackedCommands: number;
  lost: string[];
}

// Time is the subject here: the kills land at random moments of the write stream.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runChaos(options: { kills: number; seed: number; log?: (s: string) => void }): Promise<ChaosResult> {
  const random = seededRandom(options.seed);
  const dataDir = tempDataDir();
  let server: RunningServer = await startServer({ dataDir, demo: false });
  const port = String(server.port);
  const w = await ApiWorkshop.create(server.http);
  const keys = ['A', 'B', 'C'];
  for (const k of keys) await w.join(k, k === 'A' ? 'government' : 'civil_society');
  await w.goTo('drafting');
  const clauses = ['k1', 'k2', 'k3', 'k4'];
  for (const k of clauses) {
    await w.as('F').must({ type: 'proposeClause', clauseId: k, versionId: `${k}v1`, sectionCode: 'WAKTU', text: { id: k }, rationale: 'chaos', obligatedParty: 'provider' });
  }
  await w.goTo('dot_vote');
  await w.as('F').must({ type: 'configureVoteRound', roundId: 'r1', capPerOption: 10, budgetPerPerson: 10, options: clauses.map((k) => ({ id: k, label: { id: k }, clauseId: k })) });
  await w.as('F').must({ type: 'openVoteRound', roundId: 'r1' });

  const clients = keys.map((k) => new AckingClient(k));
  const url = (k: string) => `${server.ws}/${w.workshopId}?token=${w.person(k).token}`;
  await Promise.all(clients.map((c, i) => c.connect(url(keys[i]!))));
  const ackedCommands = new Set<string>();
  const lost: string[] = [];
  let counter = 0;

  for (let kill = 0; kill < options.kills; kill++) {
    // Edit and vote for a random while, then kill without warning.
    const until = Date.now() + 100 + random() * 400;
    const votes: Promise<void>[] = [];
    while (Date.now() < until) {
      const c = clients[Math.floor(random() * clients.length)]!;
      if (c.connected) c.write(`${c.name}${++counter};`);
      if (random() < 0.3) {
        const who = keys[Math.floor(random() * keys.length)]!;
        const type = random() < 0.7 ? 'castDot' : 'removeDot';
        votes.push(
          w.as(who).run({ type, roundId: 'r1', optionId: clauses[Math.floor(random() * clauses.length)] }).then(
            (res) => {
              if (res.status === 200) ackedCommands.add(res.body.event.hash);
            },
            () => {},
          ),
        );
      }
      await sleep(random() * 15);
    }
    await server.kill();
    await Promise.allSettled(votes);
    for (const c of clients) c.disconnect();
    // What each client was told, or saw from the others, before the kill.
    const mustHave = new Set<string>();
    for (const c of clients) for (const t of c.acked) mustHave.add(t.replace(/;$/, ""));
    for (const c of clients) {
      for (const t of c.text.toString().split(';').filter(Boolean)) if (!t.startsWith(c.name)) mustHave.add(t);
    }
    server = await startServer({ dataDir, demo: false, env: { PORT: port } });
    const reader = connectClient(server.ws, w.workshopId, w.facilitator.token);
    await reader.synced();
    const stored = new Set(reader.text.toString().split(';').filter(Boolean));
    reader.destroy();
    for (const t of mustHave) if (!stored.has(t)) lost.push(`edit ${t} (kill ${kill})`);
    const events = await api(server.http, 'GET', `/api/workshops/${w.workshopId}/events`, undefined, w.facilitator.token);
    const hashes = new Set(events.body.events.map((e: { hash: string }) => e.hash));
    for (const h of ackedCommands) if (!hashes.has(h)) lost.push(`command ${h} (kill ${kill})`);
    if (!events.body.verification.ok) lost.push(`chain broken after kill ${kill}`);
    options.log?.(`kill ${kill + 1}/${options.kills}: ${mustHave.size} edits and ${ackedCommands.size} commands checked, ${lost.length} lost`);
    await Promise.all(clients.map((c, i) => c.connect(url(keys[i]!))));
  }
  const seen = new Set<string>();
  for (const c of clients) for (const t of c.text.toString().split(';').filter(Boolean)) seen.add(t);
  const ackedEdits = clients.reduce((n, c) => n + c.acked.size, 0);
  for (const c of clients) c.disconnect();
  await server.stop();
  return { kills: options.kills, ackedEdits, seenEdits: seen.size, ackedCommands: ackedCommands.size, lost };
}
