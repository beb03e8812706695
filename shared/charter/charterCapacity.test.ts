/** The capacity side in print: phased commitments, conditions and users' ask in words. */
import { describe, expect, it } from 'vitest';
import type { ParticipantId } from '../schema/ids';
import { TEST_CONTEXT } from '../testing/charterKit';
import { FACILITATOR, clauseCommand, readyToFreeze, everyoneAnswers } from '../testing/workshopKit';
import { buildBundle } from './bundle';
import { buildCharterDocument, charterDigest } from './charterDocument';
import { charterMarkdown } from './charterMarkdown';
import { formatCommitment, formatDate } from './charterText';

const days = (value: number) => ({ value, unit: 'working_days' as const });

describe('phased commitments in words', () => {
  it('reads "Sekarang 10 hari kerja; mulai 1 Juli 2027: 5 hari kerja", with Indonesian dates', () => {
    const phased = { phasing: 'phased' as const, measure: days(5), targetDate: '2027-07-01', interim: days(10) };
    expect(formatCommitment(phased, 'id')).toBe('Sekarang 10 hari kerja; mulai 1 Juli 2027: 5 hari kerja');
    expect(formatCommitment(phased, 'en')).toBe('Now 10 working days; from 1 July 2027: 5 working days');
    expect(formatCommitment({ phasing: 'phased', measure: days(5), targetDate: '2028-01-02' }, 'id')).toBe('Mulai 2 Januari 2028: 5 hari kerja');
    expect(formatCommitment({ phasing: 'now', measure: days(3) }, 'id')).toBe('3 hari kerja');
    expect(formatDate('2027-08-17', 'id')).toBe('17 Agustus 2027');
    expect(formatDate('2027-13-01', 'id')).toBe('2027-13-01');
  });
});

describe('the charter text', () => {
  function frozenWithCondition() {
    const { room, s9 } = readyToFreeze(['WAKTU']);
    const agree = (who: ParticipantId, clauseId: string) => {
      const checkId = `k_${clauseId}`;
      room.must(FACILITATOR, { type: 'setClauseStatus', clauseId, status: 'under_discussion' });
      room.must(FACILITATOR, { type: 'startConsensusCheck', checkId, clauseId, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' } });
      room.must(who, { type: 'answerConsensus', checkId, level: 5 });
      everyoneAnswers(room, checkId);
      room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId });
      room.must(FACILITATOR, { type: 'setClauseStatus', clauseId, status: 'agreed', checkId });
    };
    room.goTo('consensus_check');
    room.must(FACILITATOR, clauseCommand('staff', 'JUMLAH_PELAKSANA', 'Penyelenggara menambah satu petugas verifikasi.'));
    room.must(FACILITATOR, {
      ...clauseCommand('time', 'WAKTU', 'Akta kelahiran selesai tepat waktu.'),
      commitment: { phasing: 'phased', measure: days(5), targetDate: '2027-07-01', interim: days(10) },
      conditionClauseId: 'staff',
      usersAskText: 'Petugas ramah dan menjelaskan dengan bahasa daerah',
    });
    agree(s9, 'staff');
    agree(s9, 'time');
    room.goTo('sign_off');
    room.must(FACILITATOR, { type: 'freezeCharter' });
    const doc = buildCharterDocument(room.state, { seq: 1, hash: 'ab'.repeat(32) }, TEST_CONTEXT);
    return { room, markdown: charterMarkdown(buildBundle(doc, charterDigest(doc), [])) };
  }

  it('prints the phased commitment, the ask in words and both ends of a condition', () => {
    const { room, markdown } = frozenWithCondition();
    const staff = room.state.clauses.staff!.number;
    const time = room.state.clauses.time!.number;
    const lines = markdown.split('\n');
    const at = (k: number) => lines.findIndex((l) => l.includes(`(K${k}). `));
    const block = (k: number) => lines.slice(at(k), at(k) + 8).join('\n');
    expect(block(time)).toContain('Sekarang 10 hari kerja; mulai 1 Juli 2027: 5 hari kerja');
    expect(block(time)).toContain('Harapan pengguna (uraian): Petugas ramah dan menjelaskan dengan bahasa daerah');
    expect(block(time)).toContain(`bergantung pada K${staff}`);
    expect(block(staff)).toContain(`syarat untuk K${time}`);
  });
});
