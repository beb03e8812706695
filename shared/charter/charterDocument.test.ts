import { describe, expect, it } from 'vitest';
import { TEST_CONTEXT } from '../testing/charterKit';
import { entryOf } from '../schema/records';
import { FACILITATOR, Room, readyToFreeze } from '../testing/workshopKit';
import { buildCharterDocument, charterClauseLabel, charterDecisionSummary, charterDigest } from './charterDocument';
import { decisionText, formatMeasure } from './charterText';
import { buildBundle } from './bundle';
import { charterMarkdown } from './charterMarkdown';

const HEAD = { seq: 120, hash: 'ab'.repeat(32) };

/** The demo's K5: users ask 1 day, the provider offers 5, the room settles on 3, with dissent recorded. */
function demoK5(room: Room, s9: ReturnType<Room['join']>, s2: ReturnType<Room['join']>, s7: ReturnType<Room['join']>) {
  room.goTo('drafting');
  const content = (text: string, days: number) => ({ text: { id: text }, rationale: 'r', obligatedParty: 'provider', commitment: { phasing: 'now', measure: { value: days, unit: 'working_days' } } });
  room.must(s9, { type: 'proposeClause', clauseId: 'K5', versionId: 'K5v1', sectionCode: 'WAKTU', ...content('1 hari kerja', 1), usersAsk: { value: 1, unit: 'working_days' } });
  room.must(s2, { type: 'amendClause', clauseId: 'K5', versionId: 'K5v2', parentVersionId: 'K5v1', ...content('5 hari kerja', 5), providerBaseline: { value: 5, unit: 'working_days' } });
  room.must(s9, { type: 'amendClause', clauseId: 'K5', versionId: 'K5v3', parentVersionId: 'K5v2', ...content('3 hari kerja', 3) });
  room.goTo('dot_vote');
  room.must(FACILITATOR, { type: 'configureVoteRound', roundId: 'r1', options: [{ id: 'o5', label: { id: 'K5' }, clauseId: 'K5' }, { id: 'ox', label: { id: 'lain' } }] });
  room.must(FACILITATOR, { type: 'openVoteRound', roundId: 'r1' });
  room.must(s9, { type: 'castDot', roundId: 'r1', optionId: 'o5' });
  room.must(s2, { type: 'castDot', roundId: 'r1', optionId: 'o5' });
  room.must(FACILITATOR, { type: 'closeVoteRound', roundId: 'r1' });
  room.must(FACILITATOR, { type: 'revealVoteRound', roundId: 'r1' });
  room.goTo('consensus_check');
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'under_discussion' });
  room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c5', clauseId: 'K5', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
  room.must(s9, { type: 'answerConsensus', checkId: 'c5', level: 1 });
  room.must(s2, { type: 'answerConsensus', checkId: 'c5', level: 3 });
  room.must(s7, { type: 'answerConsensus', checkId: 'c5', level: null, standAside: true });
  const minorityReport = { text: { id: 'Kami tetap mendorong 1 hari kerja.' }, authorIds: ['S7'] };
  room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'c5', minorityReport });
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed_with_reservations', checkId: 'c5' });
  room.goTo('sign_off');
}

describe('charter document', () => {
  it('cannot be built before the freeze', () => {
    expect(() => buildCharterDocument(new Room().state, null, TEST_CONTEXT)).toThrow(/not frozen/);
  });

  it('carries the agreed text with its version history, consensus record, minority report and per-sector dots', () => {
    const { room, s9, s7 } = readyToFreeze(['WAKTU']);
    const s2 = room.join('S2', 'government');
    demoK5(room, s9, s2, s7);
    room.must(FACILITATOR, { type: 'freezeCharter' });
    const doc = buildCharterDocument(room.state, HEAD, TEST_CONTEXT);
    const waktu = doc.sections.find((s) => s.code === 'WAKTU');
    const k5 = waktu?.clauses[0];
    expect(k5?.current).toMatchObject({ versionId: 'K5v3', text: { id: '3 hari kerja' } });
    // Proposed after the readyToFreeze clauses, so its stable number is the last one.
    expect(k5?.number).toBe(Object.keys(room.state.clauses).length);
    expect(k5?.history.map((h) => [h.versionId, h.proposerSector])).toEqual([
      ['K5v1', 'civil_society'],
      ['K5v2', 'government'],
      ['K5v3', 'civil_society'],
    ]);
    expect(k5).toMatchObject({ usersAsk: { value: 1 }, providerBaseline: { value: 5 } });
    expect(k5?.consensus).toMatchObject({ outcome: 'consensus_with_reservations', preset: 'kaner_gradients', minorityReport: { authorIds: ['S7'] } });
    // The per-sector result travels with the record into the charter and its Markdown.
    const markdown = charterMarkdown(buildBundle(doc, charterDigest(doc), []));
    expect(markdown).toContain('- Pemerintah: 1 dari 2 mendukung — aturan terpenuhi');
    expect(markdown).toContain('- Masyarakat: 1 dari 2 mendukung — aturan terpenuhi');
    expect(k5?.consensus?.result.standAsides).toEqual(['S7']);
    expect(k5?.dots).toEqual({ total: 2, bySector: { government: 1, private: 0, civil_society: 1 } });
    // Priorities in words, sectors spelled out: never "Dot: 2 (G 1 · P 0 · M 1)", where P reads as Pemerintah.
    expect(markdown).toContain('   - Prioritas: 2 titik (Pemerintah 1, Swasta 0, Masyarakat 1)');
    expect(doc.sections.find((s) => s.code === 'BIAYA')?.notApplicable?.id).toContain('79A');
    // How the room decided it does not apply travels with the reason into the printed text.
    expect(doc.sections.find((s) => s.code === 'BIAYA')?.notApplicableDecision).toEqual({ outcome: 'consensus' });
    expect(markdown).toMatch(/Tidak berlaku: .*79A.* \(diputuskan forum: mufakat\)/);
    expect(doc.signatories.map((s) => s.capacity)).toEqual(['pihak_pertama', 'pihak_kedua', 'saksi']);
    expect(doc.logHead).toEqual(HEAD);
  });

  it('carries the workshop, the Maklumat text, participants per sector and the content document digest and service flow', () => {
    const { room } = readyToFreeze();
    room.join('S3', 'private');
    room.must(FACILITATOR, { type: 'revokeParticipant', participantId: 'S3' });
    room.must(FACILITATOR, { type: 'freezeCharter' });
    const doc = buildCharterDocument(room.state, HEAD, TEST_CONTEXT);
    expect(doc.workshop.serviceName).toBe('Akta Kelahiran');
    expect(doc.maklumat).toEqual([{ clauseId: 'c_MAKLUMAT', text: { id: 'Teks klausul' } }]);
    expect(doc.participantsBySector.government.map((p) => p.participantId)).toEqual(['S1']);
    expect(doc.participantsBySector.civil_society.map((p) => p.participantId)).toEqual(['S7', 'S9', 'fac']);
    expect(doc.participantsBySector.private).toEqual([]);
    expect(doc.content.yjsStateSha256).toBe(TEST_CONTEXT.content.yjsStateSha256);
    expect(doc.content.serviceFlow[0]?.action).toContain('≤');
    const other = { ...TEST_CONTEXT, content: { ...TEST_CONTEXT.content, yjsStateSha256: 'ef'.repeat(32) } };
    expect(charterDigest(buildCharterDocument(room.state, HEAD, other))).not.toBe(charterDigest(doc));
  });

  it('lists sections in catalogue order and has a stable digest that changes with the log head', () => {
    const { room } = readyToFreeze();
    room.must(FACILITATOR, { type: 'freezeCharter' });
    const doc = buildCharterDocument(room.state, HEAD, TEST_CONTEXT);
    expect(doc.sections[0]?.code).toBe('VISI_MISI');
    expect(doc.sections.at(-1)?.code).toBe('MAKLUMAT');
    expect(charterDigest(doc)).toMatch(/^[0-9a-f]{64}$/);
    expect(charterDigest(structuredClone(doc))).toBe(charterDigest(doc));
    expect(charterDigest(buildCharterDocument(room.state, { ...HEAD, seq: 121 }, TEST_CONTEXT))).not.toBe(charterDigest(doc));
  });

  it('exports name each clause by its place and its stable room number; documents without numbers keep the place only', () => {
    const { room } = readyToFreeze();
    room.must(FACILITATOR, { type: 'freezeCharter' });
    const doc = buildCharterDocument(room.state, HEAD, TEST_CONTEXT);
    const first = doc.sections[0]!.clauses[0]!;
    const number = entryOf(room.state.clauses, first.id)!.number;
    expect(charterMarkdown(buildBundle(doc, charterDigest(doc), []))).toContain(`1.1 (K${number}). `);
    expect(charterClauseLabel({}, '1.1')).toBe('1.1');
  });

  it('prints minutes as a unit ("15 menit")', () => {
    expect(formatMeasure({ value: 15, unit: 'minutes' }, 'id')).toBe('15 menit');
    expect(formatMeasure({ value: 15, unit: 'minutes' }, 'en')).toBe('15 minutes');
    expect(formatMeasure({ value: 1, unit: 'working_days' }, 'en')).toBe('1 working day');
    expect(formatMeasure({ value: 1, unit: 'working_days' }, 'id')).toBe('1 hari kerja');
    expect(formatMeasure({ value: 1.5, unit: 'hours' }, 'en')).toBe('1.5 hours');
  });

  describe('a clause decided by the fallback rule', () => {
    /**
     * K6: a citizen seriously disagrees, the room agreed beforehand that the Kepala Dinas (S1), or
     * the majority per party, then decides (over a citizen's block neither could: the block stands).
     */
    function decidedByKepalaDinas(fallback: 'designated_decider' | 'majority') {
      const { room, s1, s9, s7 } = readyToFreeze(['WAKTU']);
      const s8 = room.join('S8', 'civil_society');
      room.goTo('drafting');
      const content = { text: { id: 'Akta selesai paling lama 5 hari kerja.' }, rationale: 'r', obligatedParty: 'provider', commitment: { phasing: 'now', measure: { value: 5, unit: 'working_days' } } };
      room.must(s1, { type: 'proposeClause', clauseId: 'K6', versionId: 'K6v1', sectionCode: 'WAKTU', ...content });
      room.goTo('consensus_check');
      room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K6', status: 'under_discussion' });
      const rule = fallback === 'majority' ? { kind: 'majority' } : { kind: 'designated_decider', deciderId: s1 };
      room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c6', clauseId: 'K6', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: rule });
      room.must(s1, { type: 'answerConsensus', checkId: 'c6', level: 1 });
      room.must(s7, { type: 'answerConsensus', checkId: 'c6', level: 1 });
      room.must(s8, { type: 'answerConsensus', checkId: 'c6', level: 2 });
      room.must(s9, { type: 'answerConsensus', checkId: 'c6', level: 7, reason: 'Warga butuh 1 hari kerja.' });
      room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'c6', useFallback: fallback === 'majority' ? {} : { adopted: true } });
      room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K6', status: 'agreed', checkId: 'c6' });
      room.goTo('sign_off');
      room.must(FACILITATOR, { type: 'freezeCharter' });
      const doc = buildCharterDocument(room.state, HEAD, TEST_CONTEXT);
      return { doc, k6: doc.sections.find((s) => s.code === 'WAKTU')?.clauses.find((c) => c.id === 'K6') };
    }

    it('names who decided and is never worded as an agreement', () => {
      const { k6 } = decidedByKepalaDinas('designated_decider');
      expect(k6?.consensus).toMatchObject({ outcome: 'decided_by_fallback', fallback: { kind: 'designated_decider', adopted: true }, decidedBy: { participantId: 'S1', displayName: 'S1' } });
      const id = decisionText(k6!.consensus!, 'id');
      expect(id).toBe('tidak tercapai mufakat; ditetapkan oleh S1 sesuai aturan yang disepakati di awal');
      expect(id).not.toMatch(/^mufakat|disepakati secara|kesepakatan/i);
      expect(decisionText(k6!.consensus!, 'en')).toBe('no consensus reached; decided by S1 under the rule agreed at the start');
    });

    it('a majority fallback says so, and a document without the decider still reads as unilateral', () => {
      const { k6 } = decidedByKepalaDinas('majority');
      expect(k6?.consensus?.decidedBy).toBeUndefined();
      expect(decisionText(k6!.consensus!, 'id')).toBe('tidak tercapai mufakat; ditetapkan oleh suara terbanyak peserta sesuai aturan yang disepakati di awal');
      expect(decisionText({ outcome: 'decided_by_fallback', fallback: { kind: 'designated_decider' } }, 'id')).toContain('ditetapkan oleh pengambil keputusan yang ditunjuk');
    });

    it('is counted apart in the summary and printed as unilateral in the Markdown', () => {
      const { doc } = decidedByKepalaDinas('designated_decider');
      const clauses = doc.sections.flatMap((s) => s.clauses).length;
      expect(charterDecisionSummary(doc)).toEqual({ byConsensus: clauses - 1, byFallback: 1, withoutCheck: 0 });
      const markdown = charterMarkdown(buildBundle(doc, charterDigest(doc), []));
      expect(markdown).toContain(`${clauses - 1} klausul disepakati secara mufakat; 1 klausul tidak mufakat dan diputuskan dengan cara yang disepakati di awal`);
      const line = markdown.split('\n').find((l) => l.includes('S1 sesuai aturan'));
      expect(line).toBe('   - Cara penetapan: **tidak tercapai mufakat; ditetapkan oleh S1 sesuai aturan yang disepakati di awal** (1 setuju dengan catatan)');
      expect(markdown).not.toMatch(/Kesepakatan: \*\*tidak tercapai|decided_by_fallback/);
    });
  });
});
