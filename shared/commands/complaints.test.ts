import { describe, expect, it } from 'vitest';
import { complaintThemeCoverageRows } from '../state/complaintCoverage';
import { summariseComplaintThemes, unansweredComplaintThemes } from '../rules/complaintThemes';
import { FACILITATOR, clauseCommand, Room } from '../testing/workshopKit';
import * as Y from 'yjs';
import { readDecisions, writeDecisions } from '../state/decisionsDoc';
import { publicProjection } from '../state/projection';
import { replay } from './applyEvent';
import { upcastEntry } from './eventFormat';

const complaint = (id: string, text: string, date = '2025-03-04', channel = 'SP4N-LAPOR!', userGroup?: string) => ({ id, date, channel, text, ...(userGroup ? { userGroup } : {}) });

function roomWithComplaints(n = 12) {
  const room = new Room();
  const s9 = room.join('S9', 'civil_society');
  room.goTo('drafting');
  const complaints = Array.from({ length: n }, (_, i) => complaint(`c${i}`, `Antrean lama nomor ${i}`, `2025-0${1 + (i % 3)}-10`, i % 2 ? 'UPIK' : 'SP4N-LAPOR!', i % 3 ? 'Lansia' : 'Pekerja'));
  room.must(FACILITATOR, { type: 'recordComplaints', importId: 'imp1', source: { kind: 'file', fileName: 'lapor.csv', format: 'csv', mapping: { date: 'Tanggal', text: 'Isi' } }, complaints });
  return { room, s9 };
}

describe('complaints as evidence', () => {
  it('records a whole import in one event and remembers its mapping', () => {
    const { room } = roomWithComplaints();
    expect(Object.keys(room.state.complaints ?? {})).toHaveLength(12);
    expect(room.state.complaintMapping).toEqual({ date: 'Tanggal', text: 'Isi' });
    expect(room.state.complaints?.c0).toMatchObject({ importId: 'imp1', date: '2025-01-10' });
  });

  it('refuses the whole command when one complaint is a duplicate: nothing half-recorded', () => {
    const { room } = roomWithComplaints(2);
    const before = room.state;
    const again = [complaint('n1', 'Toilet kotor'), complaint('n2', '  antrean   LAMA nomor 0 ', '2025-01-10')];
    expect(room.run(FACILITATOR, { type: 'recordComplaints', importId: 'imp2', source: { kind: 'manual' }, complaints: again })).toMatchObject({ code: 'complaint_duplicate' });
    expect(room.state).toBe(before);
    expect(room.run(FACILITATOR, { type: 'recordComplaints', importId: 'imp1', source: { kind: 'manual' }, complaints: [complaint('n3', 'x')] })).toMatchObject({ code: 'import_exists' });
    expect(room.run(FACILITATOR, { type: 'recordComplaints', importId: 'imp3', source: { kind: 'manual' }, complaints: [complaint('c0', 'baru')] })).toMatchObject({ code: 'complaint_exists' });
    expect(room.run(FACILITATOR, { type: 'recordComplaints', importId: 'imp4', source: { kind: 'manual' }, complaints: [complaint('n4', 'x', '2025-02-30')] })).toMatchObject({ code: 'invalid_command' });
  });

  it('masks contact details typed into a complaint', () => {
    const { room } = roomWithComplaints(1);
    room.must(FACILITATOR, { type: 'recordComplaints', importId: 'm1', source: { kind: 'manual' }, complaints: [complaint('m1', 'Hubungi 0812 3456 7890 atau ani@contoh.id, loket 3')] });
    expect(room.state.complaints?.m1?.text).toBe('Hubungi [nomor] atau [email], loket 3');
  });

  it('is for facilitators only', () => {
    const { room, s9 } = roomWithComplaints(1);
    expect(room.run(s9, { type: 'recordComplaints', importId: 'p1', source: { kind: 'manual' }, complaints: [complaint('p1', 'x')] })).toMatchObject({ code: 'role_forbidden' });
    expect(room.run(s9, { type: 'defineComplaintTheme', themeId: 't1', name: 'Antrean' })).toMatchObject({ code: 'role_forbidden' });
  });

  it('groups complaints into themes, counts them, links clauses and warns about unanswered themes', () => {
    const { room, s9 } = roomWithComplaints(12);
    const ids = Array.from({ length: 10 }, (_, i) => `c${i}`);
    room.must(FACILITATOR, { type: 'defineComplaintTheme', themeId: 'antrean', name: 'Antrean', complaintIds: ids });
    room.must(FACILITATOR, { type: 'defineComplaintTheme', themeId: 'toilet', name: 'Toilet', complaintIds: ['c10'] });
    expect(room.run(FACILITATOR, { type: 'defineComplaintTheme', themeId: 'x', name: ' antrean ' })).toMatchObject({ code: 'theme_name_taken' });
    room.must(FACILITATOR, { type: 'assignComplaints', themeId: 'toilet', complaintIds: ['c9'] });
    room.must(FACILITATOR, { type: 'assignComplaints', themeId: null, complaintIds: ['c8'] });
    const state = room.state;
    const summary = summariseComplaintThemes(Object.values(state.complaints!), Object.values(state.complaintThemes!), Object.values(state.clauses));
    expect(summary.map((t) => [t.name, t.count])).toEqual([['Antrean', 8], ['Toilet', 2]]);
    expect(summary[0]!.byChannel).toEqual({ 'SP4N-LAPOR!': 4, UPIK: 4 });
    expect(summary[0]!.byMonth).toEqual({ '2025-01': 3, '2025-02': 3, '2025-03': 2 });
    expect(summary[0]!.byUserGroup).toEqual({ Pekerja: 3, Lansia: 5 });
    // 8 of 12 complaints and no clause: named; 2 is not "many".
    expect(unansweredComplaintThemes(Object.values(state.complaints!), Object.values(state.complaintThemes!), Object.values(state.clauses))).toEqual([{ themeId: 'antrean', name: 'Antrean', count: 8 }]);

    room.must(s9, clauseCommand('k1', 'WAKTU'));
    expect(room.run(FACILITATOR, { type: 'setClauseComplaintThemes', clauseId: 'k1', themeIds: ['nope'] })).toMatchObject({ code: 'theme_not_found' });
    expect(room.run(s9, { type: 'setClauseComplaintThemes', clauseId: 'k1', themeIds: ['antrean'] })).toMatchObject({ code: 'role_forbidden' });
    room.must(FACILITATOR, { type: 'setClauseComplaintThemes', clauseId: 'k1', themeIds: ['antrean', 'antrean'] });
    expect(room.state.clauses.k1?.complaintThemeIds).toEqual(['antrean']);
    expect(unansweredComplaintThemes(Object.values(room.state.complaints!), Object.values(room.state.complaintThemes!), Object.values(room.state.clauses))).toEqual([]);
    expect(complaintThemeCoverageRows(room.state)).toEqual([
      { kind: 'complaintTheme', id: 'antrean', label: 'Antrean', weight: 8, clauseNumbers: [1] },
      { kind: 'complaintTheme', id: 'toilet', label: 'Toilet', weight: 2, clauseNumbers: [] },
    ]);
    // A rejected clause answers nothing.
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'k1', status: 'rejected' });
    expect(complaintThemeCoverageRows(room.state)[0]!.clauseNumbers).toEqual([]);
    room.must(FACILITATOR, { type: 'setClauseComplaintThemes', clauseId: 'k1', themeIds: [] });
    expect(room.state.clauses.k1).not.toHaveProperty('complaintThemeIds');
  });

  it('replays to the same state and reads as event format 7', () => {
    const { room } = roomWithComplaints(3);
    room.must(FACILITATOR, { type: 'defineComplaintTheme', themeId: 't', name: 'Antrean', complaintIds: ['c0'] });
    room.must(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'complaints' } });
    const fresh = replay(new Room().state, room.events);
    expect(JSON.stringify(fresh.complaints)).toBe(JSON.stringify(room.state.complaints));
    for (const e of room.events.slice(-3)) expect(upcastEntry(e)).toMatchObject({ ok: true, from: 7 });
  });

  it('projects complaints into the decisions document, rewriting only the ones that changed', () => {
    const { room } = roomWithComplaints(3);
    const doc = new Y.Doc();
    writeDecisions(doc, publicProjection(room.state), { seq: 1, head: 'a' }, 'test');
    room.must(FACILITATOR, { type: 'defineComplaintTheme', themeId: 't', name: 'Antrean', complaintIds: ['c1'] });
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    writeDecisions(doc, publicProjection(room.state), { seq: 2, head: 'b' }, 'test');
    const read = readDecisions(doc)!;
    expect(read.complaints?.c1?.themeId).toBe('t');
    expect(read.complaints?.c0).not.toHaveProperty('themeId');
    expect(read.complaintThemes?.t?.name).toBe('Antrean');
    // An entry gone from the document (another writer) is written again even if unchanged in state.
    (doc.getMap('decisions').get('complaints') as Y.Map<unknown>).delete('c2');
    writeDecisions(doc, publicProjection(room.state), { seq: 2, head: 'b' }, 'test');
    expect(readDecisions(doc)!.complaints?.c2).toMatchObject({ text: 'Antrean lama nomor 2' });
  });
});
