/**
 * Paper in the same tally, through the real server (issue 17): the facilitator declares paper
 * voters and enters counted sticker dots and paper consensus cards over HTTP; refusals come back
 * with their codes; the events name the facilitator; the frozen charter's Markdown and naskah PDF
 * name the paper share.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ demo: false });
});
afterAll(async () => {
  await server.stop();
});

const refusal = (code: string, status = 409) => ({ status, body: { error: { code } } });

describe('paper dots and paper consensus cards over HTTP', () => {
  it('bounds, corrects and attributes paper entries, and the exports name the paper share', { timeout: 120_000 }, async () => {
    const w = await ApiWorkshop.create(server.http);
    await w.readyToFreeze();
    const f = w.as('F');
    const facilitatorId = w.facilitator.participantId;

    await w.goTo('drafting');
    await f.must({ type: 'proposeClause', clauseId: 'k-loket', versionId: 'k-loket-v1', sectionCode: 'WAKTU', text: { id: 'Loket pelayanan buka pukul 07.30 sampai 15.00 pada hari kerja.' }, rationale: 'Pengguna bekerja pagi', obligatedParty: 'provider' });

    // A dot vote: 2 dots each, at most 2 on one clause.
    await w.goTo('dot_vote');
    const options = [{ id: 'o-loket', label: { id: 'Jam loket' }, clauseId: 'k-loket' }, { id: 'o-lain', label: { id: 'Lainnya' } }];
    await f.must({ type: 'configureVoteRound', roundId: 'r-paper', options, budgetPerPerson: 2, capPerOption: 2 });
    await f.must({ type: 'openVoteRound', roundId: 'r-paper' });
    await w.as('S9').must({ type: 'castDot', roundId: 'r-paper', optionId: 'o-loket' });
    const dots = (optionId: string, n: number) => ({ type: 'enterPaperDots', roundId: 'r-paper', optionId, sector: 'civil_society', dots: n });

    expect(await w.as('S9').run({ type: 'declarePaperVoters', roundId: 'r-paper', sector: 'civil_society', voters: 4 })).toMatchObject(refusal('role_forbidden', 403));
    expect(await f.run(dots('o-loket', 1))).toMatchObject(refusal('paper_voters_missing'));
    await f.must({ type: 'declarePaperVoters', roundId: 'r-paper', sector: 'civil_society', voters: 4 }); // 8 dots, 8 on one clause
    expect(await f.run(dots('o-loket', 9))).toMatchObject(refusal('paper_dots_over_cap'));
    await f.must(dots('o-loket', 7));
    expect(await f.run(dots('o-lain', 2))).toMatchObject({ ...refusal('paper_dots_over_budget'), body: { error: { params: { max: 8, entered: 7 } } } });
    await f.must(dots('o-loket', 6)); // recounted
    await f.must(dots('o-lain', 2));
    await f.must({ type: 'closeVoteRound', roundId: 'r-paper' });
    expect(await f.run(dots('o-lain', 1))).toMatchObject(refusal('round_not_open'));
    await f.must({ type: 'revealVoteRound', roundId: 'r-paper' });

    // A consensus check with paper cards from four users without a phone.
    await w.goTo('consensus_check');
    await f.must({ type: 'setClauseStatus', clauseId: 'k-loket', status: 'under_discussion' });
    await f.must({ type: 'startConsensusCheck', checkId: 'kc-loket', clauseId: 'k-loket', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
    const cards = (participants: number, counts: { level: number; count: number }[]) => ({ type: 'enterPaperCards', checkId: 'kc-loket', sector: 'civil_society', participants, counts });
    expect(await f.run(cards(2, [{ level: 5, count: 3 }]))).toMatchObject(refusal('paper_cards_exceed_participants'));
    await f.must(cards(4, [{ level: 5, count: 2 }, { level: 2, count: 1 }]));
    await f.must(cards(4, [{ level: 5, count: 2 }, { level: 4, count: 1 }])); // the "two fingers" was a four
    for (const key of ['S1', 'S9', 'S7']) await w.as(key).must({ type: 'answerConsensus', checkId: 'kc-loket', level: 5 });
    await f.must({ type: 'recordConsensusOutcome', checkId: 'kc-loket' });
    await f.must({ type: 'setClauseStatus', clauseId: 'k-loket', status: 'agreed', checkId: 'kc-loket' });

    const events = await w.events();
    const paper = events.filter((e: any) => ['paperVotersDeclared', 'paperDotsEntered', 'paperCardsEntered'].includes(e.type));
    expect(paper.map((e: any) => e.type)).toEqual(['paperVotersDeclared', 'paperDotsEntered', 'paperDotsEntered', 'paperDotsEntered', 'paperCardsEntered', 'paperCardsEntered']);
    for (const e of paper) expect(e.actor.participantId).toBe(facilitatorId);
    const recorded = events.find((e: any) => e.type === 'consensusOutcomeRecorded' && e.data.checkId === 'kc-loket');
    expect(recorded.data.record).toMatchObject({ outcome: 'consensus', result: { paper: { participants: 4, answers: 3 } } });

    await w.goTo('sign_off');
    await f.must({ type: 'freezeCharter' });
    const md = await (await fetch(`${server.http}/api/workshops/${w.workshopId}/charter/versions/1/bundle.md`)).text();
    expect(md).toContain('Prioritas: 7 titik (Pemerintah 0, Swasta 0, Masyarakat 7; termasuk 6 titik kertas dari 4 peserta tanpa perangkat)');
    expect(md).toContain('termasuk 3 kartu kertas dari 4 peserta tanpa perangkat');

    const pdf = await fetch(`${server.http}/api/workshops/${w.workshopId}/charter/versions/1/bundle.pdf`);
    expect(pdf.status).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-paper-')), 'naskah.pdf');
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('termasuk 6 titik kertas dari 4 peserta tanpa perangkat');
    expect(text).toContain('termasuk 3 kartu kertas dari 4 peserta tanpa perangkat');
  });
});
