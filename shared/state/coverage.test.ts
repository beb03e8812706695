import { describe, expect, it } from 'vitest';
import { agreeClause, clauseCommand, FACILITATOR, Room } from '../testing/workshopKit';
import { type CoverageRow, coverageRows, lowSurveyElements, surveyWarnings } from './coverage';

// The hand-worked example of shared/rules/skm.test.ts: U2, U3, U8 and U9 are below grade B.
const AVERAGES = [3.2, 2.8, 2.5, 3.8, 3.3, 3.5, 3.6, 2.7, 3.0];

function roomWithSurvey(): Room {
  const room = new Room();
  room.join('warga', 'civil_society');
  room.goTo('drafting');
  room.must(FACILITATOR, { type: 'recordSurvey', surveyId: 'skm1', source: 'averages', averages: AVERAGES });
  return room;
}

describe('recording a survey', () => {
  it('keeps the averages, who entered them and when; the same id twice is refused; a participant may not', () => {
    const room = roomWithSurvey();
    expect(room.state.survey).toMatchObject({ id: 'skm1', source: 'averages', averages: AVERAGES, recordedBy: FACILITATOR });
    expect(room.run(FACILITATOR, { type: 'recordSurvey', surveyId: 'skm1', source: 'averages', averages: AVERAGES })).toMatchObject({ ok: false, code: 'survey_exists' });
    expect(room.run('warga' as never, { type: 'recordSurvey', surveyId: 'skm2', source: 'averages', averages: AVERAGES })).toMatchObject({ ok: false, code: 'role_forbidden' });
    expect(room.run(FACILITATOR, { type: 'recordSurvey', surveyId: 'skm3', source: 'averages', averages: [...AVERAGES.slice(0, 8), 4.5] })).toMatchObject({ ok: false, code: 'invalid_command' });
    room.must(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'survey', id: 'skm1' } });
    expect(room.run(FACILITATOR, { type: 'setBoardFocus', focus: { kind: 'survey', id: 'other' } })).toMatchObject({ ok: false, code: 'survey_not_found' });
  });
});

describe('coverage', () => {
  it('lists the low elements with the clauses of their sections, uncovered first, with the rows passed in', () => {
    const room = roomWithSurvey();
    room.must(FACILITATOR, { type: 'addUserGroup', userGroup: { id: 'lansia', name: { id: 'Lansia' }, estimatedVolumePerYear: 400 } });
    room.must(FACILITATOR, { type: 'addUserGroup', userGroup: { id: 'umum', name: { id: 'Pasien umum' }, estimatedVolumePerYear: 9000 } });
    room.must(FACILITATOR, { ...clauseCommand('k1', 'WAKTU'), userGroupIds: ['lansia'] });
    room.must(FACILITATOR, clauseCommand('k2', 'PENGADUAN'));
    room.must(FACILITATOR, clauseCommand('k3', 'PENGADUAN'));
    room.must(FACILITATOR, { type: 'setClauseStatus', clauseId: 'k3', status: 'rejected' });
    const theme: CoverageRow = { kind: 'complaintTheme', id: 'antre', label: 'Antrean panjang', weight: 57, clauseNumbers: [] };
    const rows = coverageRows(room.state, [theme]);
    expect(rows.map((r) => [r.kind, r.id, r.clauseNumbers])).toEqual([
      ['userGroup', 'umum', []],
      ['surveyElement', 'U2', []],
      ['surveyElement', 'U9', []],
      ['complaintTheme', 'antre', []],
      ['userGroup', 'lansia', [1]],
      ['surveyElement', 'U3', [1]],
      ['surveyElement', 'U8', [2]],
    ]);
    expect(rows.find((r) => r.id === 'U3')).toMatchObject({ label: 'Waktu penyelesaian', weight: 1.5 });
  });

  it('has no survey rows and no warnings without a survey', () => {
    const room = new Room();
    expect(lowSurveyElements(room.state)).toEqual([]);
    expect(coverageRows(room.state)).toEqual([]);
    expect(surveyWarnings(room.state)).toEqual([]);
  });

  it('warns about a low element until its section holds an agreed clause, not a draft', () => {
    const room = roomWithSurvey();
    expect(surveyWarnings(room.state).map((w) => w.element)).toEqual(['U2', 'U3', 'U8', 'U9']);
    room.must(FACILITATOR, clauseCommand('draft', 'PROSEDUR'));
    expect(surveyWarnings(room.state).map((w) => w.element)).toEqual(['U2', 'U3', 'U8', 'U9']);
    room.goTo('consensus_check');
    agreeClause(room, 'warga' as never, 'WAKTU');
    expect(surveyWarnings(room.state)).toEqual([
      { code: 'survey_element_unanswered', element: 'U2', nrr: 2.8, sections: ['PROSEDUR'] },
      { code: 'survey_element_unanswered', element: 'U8', nrr: 2.7, sections: ['PENGADUAN'] },
      { code: 'survey_element_unanswered', element: 'U9', nrr: 3.0, sections: ['SARANA'] },
    ]);
  });
});
