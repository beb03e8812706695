/** Paper votes are marked as paper in every export that shows tallies (issue 17). */
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../shared/charter/bundle';
import { buildCharterDocument, charterDigest } from '../../shared/charter/charterDocument';
import { charterMarkdown } from '../../shared/charter/charterMarkdown';
import { TEST_CONTEXT } from '../../shared/testing/charterKit';
import { FACILITATOR, readyToFreeze } from '../../shared/testing/workshopKit';
import type { WorkshopRecord } from '../storage/Storage';
import { meetingRecords } from './meetingRecords';
import { negotiationRecords } from './naskahText';

const HEAD = { seq: 200, hash: 'ab'.repeat(32) };

/** K-WAKTU prioritised with 2 device dots and 12 paper dots from 4 people, agreed with 3 paper cards among the answers. */
function paperRoom() {
  const { room, s1, s9, s7 } = readyToFreeze(['WAKTU']);
  room.goTo('drafting');
  room.must(s9, { type: 'proposeClause', clauseId: 'KW', versionId: 'KWv1', sectionCode: 'WAKTU', text: { id: 'Akta selesai paling lama 3 hari kerja.' }, rationale: 'r', obligatedParty: 'provider' });
  room.goTo('dot_vote');
  room.must(FACILITATOR, { type: 'configureVoteRound', roundId: 'r1', options: [{ id: 'ow', label: { id: 'KW' }, clauseId: 'KW' }, { id: 'ox', label: { id: 'lain' } }], budgetPerPerson: 3, capPerOption: 3 });
  room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
  room.must(s9, { type: 'castDot', roundId: 'r1', optionId: 'ow' });
  room.must(s1, { type: 'castDot', roundId: 'r1', optionId: 'ow' });
  room.must(FACILITATOR, { type: 'declarePaperVoters', roundId: 'r1', sector: 'civil_society', voters: 4 });
  room.must(FACILITATOR, { type: 'enterPaperDots', roundId: 'r1', optionId: 'ow', sector: 'civil_society', dots: 12 });
  room.must(FACILITATOR, { type: 'closeVoteRound', roundId: 'r1' });
  room.must(FACILITATOR, { type: 'revealVoteRound', roundId: 'r1' });
  room.goTo('consensus_check');
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'KW', status: 'under_discussion' });
  room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'kw', clauseId: 'KW', preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
  for (const who of [s1, s9, s7]) room.must(who, { type: 'answerConsensus', checkId: 'kw', level: 5 });
  room.must(FACILITATOR, { type: 'enterPaperCards', checkId: 'kw', sector: 'civil_society', participants: 4, counts: [{ level: 4, count: 3 }] });
  room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'kw' });
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'KW', status: 'agreed', checkId: 'kw' });
  room.goTo('sign_off');
  room.must(FACILITATOR, { type: 'freezeCharter' });
  return room;
}

const paperCharter = () => buildCharterDocument(paperRoom().state, HEAD, TEST_CONTEXT);

const WORKSHOP: WorkshopRecord = {
  id: 'demoroom01',
  title: 'Lokakarya Kontrak Pelayanan Akta Kelahiran',
  serviceName: 'Akta Kelahiran',
  joinCode: 'ABCD1234',
  createdAt: 0,
  isDemo: false,
  institution: null,
  place: null,
  startDate: null,
  endDate: null,
  timeZone: 'WIB',
  archivedAt: null,
  nomor: null,
};

describe('paper in the exports', () => {
  it('the charter document, its Markdown and the naskah negotiation records name the paper share', () => {
    const doc = paperCharter();
    const kw = doc.sections.find((s) => s.code === 'WAKTU')!.clauses[0]!;
    expect(kw.dots).toEqual({ total: 14, bySector: { government: 1, private: 0, civil_society: 13 }, paper: { dots: 12, voters: 4 } });
    expect(kw.consensus?.result.paper).toEqual({ participants: 4, answers: 3, bySector: { civil_society: { participants: 4, answers: 3 } } });

    const markdown = charterMarkdown(buildBundle(doc, charterDigest(doc), []));
    expect(markdown).toContain('14 titik (Pemerintah 1, Swasta 0, Masyarakat 13; termasuk 12 titik kertas dari 4 peserta tanpa perangkat)');
    expect(markdown).toContain('termasuk 3 kartu kertas dari 4 peserta tanpa perangkat');
    expect(markdown).toContain('Masyarakat: 5 dari 6 mendukung (termasuk 4 peserta dengan kartu kertas)');

    const record = negotiationRecords(doc).find((r) => r.where.includes('Waktu') && r.lines.some((l) => l.startsWith('Prioritas')))!;
    expect(record.lines.join('\n')).toContain('termasuk 12 titik kertas dari 4 peserta tanpa perangkat');
    expect(record.lines.join('\n')).toContain('termasuk 3 kartu kertas dari 4 peserta tanpa perangkat');
  });

  it('the meeting records count paper dots in the revealed round and name the paper cards in the decision', () => {
    const room = paperRoom();
    const r = meetingRecords(WORKSHOP, room.state, room.events, new Date(Date.UTC(2026, 0, 15, 12)));
    const minutes = JSON.stringify(r.minutes);
    expect(minutes).toContain('6 peserta memberi titik (termasuk 12 titik kertas dari 4 peserta tanpa perangkat); prioritas tertinggi: K21 (14 titik)');
    expect(JSON.stringify(r.decided)).toContain('mufakat (termasuk 3 kartu kertas dari 4 peserta tanpa perangkat)');
  });
});
