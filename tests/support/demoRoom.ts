/**
 * Driving the demo workshop through the facilitator's HTTP commands, for browser tests that set
 * the room up before they look at screens: `run` fails the test on a refusal, `step` finds the
 * demo agenda's step for a method.
 */
import { expect } from 'vitest';
import { api } from './api';
import type { RunningServer } from './server';

export interface DemoRoom {
  run(command: Record<string, unknown>): Promise<void>;
  step(method: string): string;
}

export async function demoRoom(server: RunningServer): Promise<DemoRoom> {
  const demo = server.demo!;
  const run = async (command: Record<string, unknown>) => {
    const res = await api(server.http, 'POST', `/api/workshops/${demo.workshopId}/commands`, command, demo.facilitatorToken);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  const events = (await api(server.http, 'GET', `/api/workshops/${demo.workshopId}/events`, undefined, demo.facilitatorToken)).body.events as { type: string; data: { steps?: { id: string; method: string }[] } }[];
  const agenda = [...events].reverse().find((e) => e.type === 'agendaSet')!.data.steps!;
  const step = (method: string) => agenda.find((s) => s.method === method)!.id;
  return { run, step };
}

/** The paper tests' round: two new clauses, 3 dots per person and at most 3 on one; left open. */
export async function openPaperDotRound({ run, step }: DemoRoom): Promise<void> {
  await run({ type: 'setAgendaStep', stepId: step('drafting') });
  const clause = (id: string, text: string) => ({ type: 'proposeClause', clauseId: id, versionId: `${id}-v1`, sectionCode: 'WAKTU', text: { id: text }, rationale: 'Usulan warga', obligatedParty: 'provider' });
  await run(clause('k-sabtu', 'Loket akta kelahiran buka hari Sabtu pukul 08.00 sampai 12.00.'));
  await run(clause('k-sms', 'Pemohon menerima pesan singkat saat akta siap diambil.'));
  await run({ type: 'setAgendaStep', stepId: step('dot_vote') });
  const options = [
    { id: 'o-sabtu', clauseId: 'k-sabtu', label: { id: 'Loket hari Sabtu' } },
    { id: 'o-sms', clauseId: 'k-sms', label: { id: 'Pesan singkat saat akta siap' } },
  ];
  await run({ type: 'configureVoteRound', roundId: 'r-kertas', title: { id: 'Prioritas tambahan' }, options, budgetPerPerson: 3, capPerOption: 3 });
  await run({ type: 'openVoteRound', roundId: 'r-kertas' });
}

export async function revealPaperDotRound({ run }: DemoRoom): Promise<void> {
  await run({ type: 'closeVoteRound', roundId: 'r-kertas' });
  await run({ type: 'revealVoteRound', roundId: 'r-kertas' });
}

/** A fist-to-five check on the round's Saturday counter clause. */
export async function checkSaturdayCounter({ run, step }: DemoRoom): Promise<void> {
  await run({ type: 'setAgendaStep', stepId: step('consensus_check') });
  await run({ type: 'setClauseStatus', clauseId: 'k-sabtu', status: 'under_discussion' });
  await run({ type: 'startConsensusCheck', checkId: 'kc-sabtu', clauseId: 'k-sabtu', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
}
