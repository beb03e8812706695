import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../shared/commands/applyEvent';
import { decide } from '../../shared/commands/decide';
import { asParticipantId } from '../../shared/schema/ids';
import { clauseCommand, FACILITATOR, markNotApplicableByRoom, Room } from '../../shared/testing/workshopKit';
import type { WorkshopRecord } from '../storage/Storage';
import { BOARD_NAME } from '../workshops/links';
import { meetingRecords } from './meetingRecords';

const workshop: WorkshopRecord = {
  id: 'demoroom01',
  title: 'Lokakarya Kontrak Pelayanan Akta Kelahiran',
  serviceName: 'Akta Kelahiran',
  joinCode: 'ABCD1234',
  createdAt: 0,
  isDemo: false,
  institution: 'Dinas Kependudukan dan Pencatatan Sipil Kota Makassar',
  place: 'Aula Balai Kota Makassar',
  startDate: null,
  endDate: null,
  timeZone: 'WITA',
  archivedAt: null,
  nomor: null,
};

/** A room whose K1 is decided by the designated decider after no consensus, and BIAYA decided not applicable. */
function decidedRoom() {
  const room = new Room();
  const s9 = room.join('Ibu_Nur', 'civil_society');
  const s2 = room.join('Pak_Bambang', 'government');
  room.join('Bidan_Endang', 'private');
  room.join('Lestari', 'civil_society');
  const gone = room.join('Salah_Ketik', 'civil_society');
  room.must(FACILITATOR, { type: 'revokeParticipant', participantId: gone });
  // The wall screen joins like the server issues it: an observer without a sector, named BOARD_NAME.
  const board = decide(room.state, { participantId: asParticipantId('board'), role: 'observer', sector: null }, { type: 'joinWorkshop', displayName: BOARD_NAME, sector: null }, room.now());
  if (!board.ok) throw new Error(board.code);
  room.state = applyEvent(room.state, board.event);
  room.events.push(board.event);
  room.goTo('drafting');
  room.must(s9, clauseCommand('K5', 'WAKTU', 'Akta selesai paling lama 3 hari kerja.'));
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'under_discussion' });
  room.goTo('consensus_check');
  room.must(FACILITATOR, { type: 'startConsensusCheck', checkId: 'c1', clauseId: 'K5', preset: 'kaner_gradients', rule: { kind: 'consensus' }, fallback: { kind: 'designated_decider', deciderId: s2 } });
  room.must(s9, { type: 'answerConsensus', checkId: 'c1', level: 7, reason: 'terlalu lama' });
  room.must(FACILITATOR, { type: 'recordConsensusOutcome', checkId: 'c1', useFallback: { adopted: true } });
  room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'K5', status: 'agreed', checkId: 'c1' });
  markNotApplicableByRoom(room, s9, 'BIAYA', 'Layanan ini tidak dipungut biaya');
  return room;
}

describe('meeting records from the event log', () => {
  it('say how each thing was decided: the fallback as no consensus and who decided, a section the room ruled out', () => {
    const room = decidedRoom();
    const r = meetingRecords(workshop, room.state, room.events, new Date(Date.UTC(2026, 0, 15, 10)));
    expect(r.decided).toEqual([{ name: 'Jangka waktu penyelesaian', decisions: [{ label: 'K1', text: 'Akta selesai paling lama 3 hari kerja.', how: expect.stringMatching(/^tidak tercapai mufakat; ditetapkan oleh Pak_Bambang/) }] }]);
    expect(r.notApplicable).toEqual([{ section: 'Biaya/tarif', reason: 'Layanan ini tidak dipungut biaya', how: 'diputuskan forum: mufakat' }]);
  });

  it('list the people in the room once (not the wall screen, not a removed person), with their pillar', () => {
    const room = decidedRoom();
    const r = meetingRecords(workshop, room.state, room.events);
    expect(r.attendance.map((a) => [a.name, a.sector, a.gender])).toEqual([
      ['Tim Fasilitator', 'Masyarakat', ''],
      ['Ibu_Nur', 'Masyarakat', ''],
      ['Pak_Bambang', 'Pemerintah', ''],
      ['Bidan_Endang', 'Swasta', ''],
      ['Lestari', 'Masyarakat', ''],
    ]);
    expect(r.attendanceBySector).toEqual([
      { sector: 'Pemerintah', count: 1 },
      { sector: 'Swasta', count: 1 },
      { sector: 'Masyarakat', count: 3 },
    ]);
  });

  it('give the agenda and the notulen with the real start times, in the workshop time zone, in words', () => {
    const room = decidedRoom();
    const r = meetingRecords(workshop, room.state, room.events);
    // The kit's clock runs from 08:01 UTC on 15 January 2026: 16.xx WITA.
    expect(r.dateText).toBe('Kamis, 15 Januari 2026');
    expect(r.agenda.map((a) => a.title)).toEqual(['6. drafting', '8. consensus_check']);
    expect(r.agenda.every((a) => /^pukul 16\.\d{2} WITA$/.test(a.time))).toBe(true);
    expect(r.agenda[0]!.time < r.agenda[1]!.time).toBe(true);
    const [drafting, check] = r.minutes;
    expect(drafting!.startedAt).toMatch(/^Kamis, 15 Januari 2026, pukul 16\.\d{2} WITA$/);
    expect(drafting!.happenings).toContain('Diusulkan klausul K1 pada bagian "Jangka waktu penyelesaian": "Akta selesai paling lama 3 hari kerja."');
    expect(check!.happenings).toEqual(
      expect.arrayContaining([
        'Uji kesepakatan dimulai atas klausul K1.',
        expect.stringMatching(/^Hasil uji kesepakatan atas klausul K1: tidak tercapai mufakat; ditetapkan oleh Pak_Bambang/),
        'Hasil uji kesepakatan atas usulan bahwa bagian "Biaya/tarif" tidak berlaku: mufakat. Bagian "Biaya/tarif" dinyatakan tidak berlaku: Layanan ini tidak dipungut biaya',
      ]),
    );
    expect(JSON.stringify(r)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('name the day of each step when the workshop ran over several days', () => {
    const room = decidedRoom();
    const second = room.events.map((e) => e.type).lastIndexOf('agendaStepSet');
    const events = room.events.map((e, i) => (i >= second ? { ...e, ts: new Date(Date.parse(e.ts) + 86_400_000).toISOString() } : e));
    const r = meetingRecords(workshop, room.state, events);
    expect(r.dateText).toBe('15 Januari 2026 sampai dengan 16 Januari 2026');
    expect(r.agenda.map((a) => a.time)).toEqual([expect.stringMatching(/^Kamis, 15 Januari 2026, pukul 16\.\d{2} WITA$/), expect.stringMatching(/^Jumat, 16 Januari 2026, pukul 16\.\d{2} WITA$/)]);
  });
});
