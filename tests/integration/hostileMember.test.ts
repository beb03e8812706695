/**
 * A hostile member with raw HTTP (issue 13): ids that name properties of `Object.prototype`, in
 * every id field of every command type and in the read routes, from every role. Each answer is
 * a 4xx with a JSON error, the demo workshop's log does not grow and still verifies, and another
 * workshop keeps accepting commands in between.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_TYPES, type CommandType, commandSchema } from '../../shared/commands/commandSchema';
import { api } from '../support/api';
import { idFieldPaths, valueAt, withAt } from '../support/idFields';
import { type RunningServer, startServer } from '../support/server';
import { ApiWorkshop } from '../support/workshop';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const ROLES = ['facilitator', 'co_facilitator', 'participant', 'observer'] as const;
type Role = (typeof ROLES)[number];

const text = { id: 'Teks uji' };
const key43 = 'A'.repeat(43);

/** One well-formed command per type, with every optional id field present. */
const VALID: Record<CommandType, Record<string, unknown>> = {
  joinWorkshop: { type: 'joinWorkshop', displayName: 'Tamu', sector: 'civil_society', deviceHash: 'ab'.repeat(32) },
  setAgenda: { type: 'setAgenda', steps: [{ id: 'st1', method: 'drafting', title: text, plannedMinutes: 30, sectionCodes: [] }] },
  setAgendaStep: { type: 'setAgendaStep', stepId: 'st1' },
  setStepClock: { type: 'setStepClock', stepId: 'st1', action: 'extend', minutes: 5 },
  setBoardFocus: { type: 'setBoardFocus', focus: { kind: 'clause', id: 'c1' } },
  setBoardOptions: { type: 'setBoardOptions', options: { consensusBySector: true } },
  setRole: { type: 'setRole', participantId: 'p1', role: 'observer' },
  revokeParticipant: { type: 'revokeParticipant', participantId: 'p1' },
  allowRejoin: { type: 'allowRejoin', participantId: 'p1' },
  addStakeholder: {
    type: 'addStakeholder',
    stakeholder: { id: 'sh1', name: 'N', category: 'service_user', sector: 'civil_society', power: 3, interest: 3, salience: { power: true, legitimacy: true, urgency: false }, userGroupIds: ['ug1'] },
  },
  addUserGroup: { type: 'addUserGroup', userGroup: { id: 'ug1', name: text } },
  recordSurvey: { type: 'recordSurvey', surveyId: 'sv1', source: 'averages', averages: [3, 3, 3, 3, 3, 3, 3, 3, 3] },
  proposeClause: { type: 'proposeClause', clauseId: 'c1', versionId: 'v1', sectionCode: 'WAKTU', text, rationale: 'R', obligatedParty: 'partner', partnerId: 'sh1', userGroupIds: ['ug1'], conditionClauseId: 'c0' },
  amendClause: { type: 'amendClause', clauseId: 'c1', versionId: 'v2', parentVersionId: 'v1', text, rationale: 'R', obligatedParty: 'partner', partnerId: 'sh1', userGroupIds: ['ug1'], conditionClauseId: 'c0' },
  setClauseStatus: { type: 'setClauseStatus', clauseId: 'c1', status: 'agreed', checkId: 'k1' },
  markSectionNotApplicable: { type: 'markSectionNotApplicable', sectionCode: 'WAKTU', reason: text },
  clearSectionNotApplicable: { type: 'clearSectionNotApplicable', sectionCode: 'WAKTU' },
  configureVoteRound: { type: 'configureVoteRound', roundId: 'r1', options: [{ id: 'o1', label: text, clauseId: 'c1' }, { id: 'o2', label: text }] },
  openVoteRound: { type: 'openVoteRound', roundId: 'r1' },
  castDot: { type: 'castDot', roundId: 'r1', optionId: 'o1' },
  removeDot: { type: 'removeDot', roundId: 'r1', optionId: 'o1' },
  declarePaperVoters: { type: 'declarePaperVoters', roundId: 'r1', sector: 'civil_society', voters: 2 },
  enterPaperDots: { type: 'enterPaperDots', roundId: 'r1', optionId: 'o1', sector: 'civil_society', dots: 2 },
  closeVoteRound: { type: 'closeVoteRound', roundId: 'r1' },
  revealVoteRound: { type: 'revealVoteRound', roundId: 'r1' },
  startConsensusCheck: {
    type: 'startConsensusCheck',
    checkId: 'k1',
    clauseId: 'c1',
    preset: 'fist_to_five',
    rule: { kind: 'consensus' },
    fallback: { kind: 'designated_decider', deciderId: 'p1' },
  },
  startNotApplicableCheck: {
    type: 'startNotApplicableCheck',
    checkId: 'k2',
    sectionCode: 'WAKTU',
    reason: text,
    preset: 'fist_to_five',
    rule: { kind: 'consensus' },
    fallback: { kind: 'designated_decider', deciderId: 'p1' },
  },
  answerConsensus: { type: 'answerConsensus', checkId: 'k1', level: 5 },
  enterPaperCards: { type: 'enterPaperCards', checkId: 'k1', sector: 'civil_society', participants: 2, counts: [{ level: 4, count: 2 }] },
  recordConsensusOutcome: { type: 'recordConsensusOutcome', checkId: 'k1', minorityReport: { text, authorIds: ['p1'] } },
  enrollSignatory: { type: 'enrollSignatory', participantId: 'p1', capacity: 'pihak_ketiga', partnerId: 'sh1' },
  withdrawSignatory: { type: 'withdrawSignatory', participantId: 'p1', capacity: 'saksi' },
  changeSignatoryCapacity: { type: 'changeSignatoryCapacity', participantId: 'p1', from: 'saksi', to: 'mengetahui' },
  setSignatoryMandate: { type: 'setSignatoryMandate', participantId: 'p1', mandate: { actsFor: 'Forum warga', chosenBy: 'ditunjuk oleh forum' } },
  freezeCharter: { type: 'freezeCharter' },
  registerSigningKey: { type: 'registerSigningKey', publicKey: key43, title: 'Kepala', institution: 'Dinas' },
  signCharter: { type: 'signCharter', charterVersion: 1, keyId: key43, signature: 'A'.repeat(86) },
  recordWetInkSignature: { type: 'recordWetInkSignature', participantId: 'p1', charterVersion: 1, signedAt: '2026-01-01T00:00:00.000Z', title: 't', institution: 'i' },
  reopenCharter: { type: 'reopenCharter', reason: 'R' },
  recordComplaints: {
    type: 'recordComplaints',
    importId: 'im1',
    source: { kind: 'manual' },
    complaints: [{ id: 'cp1', date: '2025-03-04', channel: 'SP4N-LAPOR!', text: 'Antrean lama' }],
  },
  defineComplaintTheme: { type: 'defineComplaintTheme', themeId: 'th1', name: 'Antrean', complaintIds: ['cp1'] },
  assignComplaints: { type: 'assignComplaints', themeId: 'th1', complaintIds: ['cp1'] },
  setClauseComplaintThemes: { type: 'setClauseComplaintThemes', clauseId: 'c1', themeIds: ['th1'] },
};

const schemaOf = (type: CommandType) => commandSchema.options.find((o) => o.shape.type.value === type)!;

/** Every hostile body: each id field of each command set to each prototype name. */
function hostileCommands(): { label: string; body: string }[] {
  const out: { label: string; body: string }[] = [];
  for (const type of COMMAND_TYPES) {
    for (const path of idFieldPaths(schemaOf(type))) {
      for (const name of HOSTILE) out.push({ label: `${type}.${path.join('.')}=${name}`, body: JSON.stringify(withAt(VALID[type], path, name)) });
    }
    for (const name of HOSTILE) {
      // A prototype-named on-behalf id, and an unknown field named after a prototype property.
      out.push({ label: `${type} onBehalfOf=${name}`, body: JSON.stringify({ ...VALID[type], onBehalfOf: name }) });
      out.push({ label: `${type} + field ${name}`, body: `${JSON.stringify(VALID[type]).slice(0, -1)},"${name}":{"isAdmin":true}}` });
    }
  }
  // Nested objects are strict too, "__proto__" included.
  out.push({ label: 'proposeClause text.__proto__', body: JSON.stringify(VALID.proposeClause).replace('"id":"Teks uji"', '"id":"Teks uji","__proto__":{"isAdmin":true}') });
  return out;
}

let server: RunningServer;
let other: ApiWorkshop;
let otherStep = 0;
const tokens = {} as Record<Role, string>;
let workshopId: string;

const post = async (token: string, body: string) => {
  const res = await fetch(`${server.http}/api/workshops/${workshopId}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const raw = await res.text();
  return { status: res.status, body: JSON.parse(raw) as { error?: { code?: string } } };
};

const eventCount = async () => (await api(server.http, 'GET', `/api/workshops/${workshopId}/events`, undefined, tokens.facilitator)).body.events.length as number;
const chain = async () => (await api(server.http, 'GET', `/api/workshops/${workshopId}/chain`, undefined, tokens.facilitator)).body;

/** A command the other workshop must accept: its current step alternates. */
async function otherWorkshopAnswers(): Promise<void> {
  otherStep += 1;
  const res = await other.as('F').run({ type: 'setAgendaStep', stepId: otherStep % 2 ? 'dot_vote' : 'drafting' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** Sends `requests` in groups of `size`, each group together with one command to the other workshop. */
async function inGroups<T>(items: readonly T[], size: number, send: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all([...items.slice(i, i + size).map(send), otherWorkshopAnswers()]);
  }
}

beforeAll(async () => {
  server = await startServer();
  const demo = server.demo!;
  workshopId = demo.workshopId;
  tokens.facilitator = demo.facilitatorToken;
  for (const role of ['co_facilitator', 'participant', 'observer'] as const) {
    const joined = await api(server.http, 'POST', '/api/join', { joinCode: demo.joinCode, name: `Uji ${role}`, sector: 'civil_society', category: 'service_user' });
    expect(joined.status).toBe(201);
    tokens[role] = joined.body.participantToken;
    if (role !== 'participant') {
      const set = await api(server.http, 'POST', `/api/workshops/${workshopId}/commands`, { type: 'setRole', participantId: joined.body.participantId, role }, tokens.facilitator);
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }
  }
  other = await ApiWorkshop.create(server.http);
  await other.goTo('drafting');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('a hostile member', () => {
  it('has a well-formed command and every id field of it covered for every command type', () => {
    expect(Object.keys(VALID).sort()).toEqual([...COMMAND_TYPES].sort());
    for (const type of COMMAND_TYPES) {
      expect(commandSchema.safeParse(VALID[type]).success, type).toBe(true);
      for (const path of idFieldPaths(schemaOf(type))) expect(valueAt(VALID[type], path), `${type}.${path.join('.')}`).toBeTypeOf('string');
    }
    const paths = COMMAND_TYPES.flatMap((type) => idFieldPaths(schemaOf(type)).map((p) => `${type}.${p.join('.')}`));
    // A sample that must be found by walking the schema, so the walk itself cannot go blind.
    expect(paths).toEqual(
      expect.arrayContaining(['setClauseStatus.clauseId', 'castDot.optionId', 'setAgenda.steps.0.id', 'addStakeholder.stakeholder.userGroupIds.0', 'proposeClause.userGroupIds.0', 'amendClause.userGroupIds.0', 'startConsensusCheck.fallback.deciderId', 'recordConsensusOutcome.minorityReport.authorIds.0']),
    );
  });

  for (const role of ROLES) {
    it(`as ${role}: prototype-named ids and fields in every command get a 4xx, nothing is stored, the chain verifies`, async () => {
      const before = await eventCount();
      const answers: { label: string; status: number; code: string | undefined }[] = [];
      await inGroups(hostileCommands(), 24, async ({ label, body }) => {
        const res = await post(tokens[role], body);
        answers.push({ label, status: res.status, code: res.body.error?.code });
      });
      const wrong = answers.filter((a) => a.status < 400 || a.status >= 500 || !a.code);
      expect(wrong).toEqual([]);
      expect(await eventCount()).toBe(before);
      expect(await chain()).toMatchObject({ ok: true });
    }, 30_000);
  }

  /*
   * The command route reads its envelope as plain JSON (server/http/api.ts `splitEnvelope`): a
   * zod object there would drop a top-level "__proto__" key before the strict command schema
   * could see it, and the command would be accepted with that field silently ignored.
   */
  it('refuses a top-level "__proto__" field with 422', async () => {
    // Refused before the rules look at it, so the other workshop's step does not move.
    const stepId = 'drafting';
    const res = await fetch(`${server.http}/api/workshops/${other.workshopId}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other.facilitator.token}` },
      body: `{"type":"setAgendaStep","stepId":"${stepId}","__proto__":{"isAdmin":true}}`,
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ code: 'invalid_command', message: expect.stringContaining('__proto__') });
  });

  it('gets a 4xx from the vote-round read routes for prototype-named rounds and people, from every role', async () => {
    const roundId = (await api(server.http, 'GET', `/api/workshops/${workshopId}/events`, undefined, tokens.facilitator)).body.events.find(
      (e: { type: string }) => e.type === 'voteRoundConfigured',
    ).data.round.id as string;
    const paths = HOSTILE.flatMap((name) => [`/rounds/${name}/mine`, `/rounds/${name}/voters`, `/rounds/${roundId}/mine?for=${name}`]);
    const answers: { path: string; role: Role; status: number; code: string | undefined }[] = [];
    await inGroups(
      ROLES.flatMap((role) => paths.map((path) => ({ role, path }))),
      24,
      async ({ role, path }) => {
        const res = await api(server.http, 'GET', `/api/workshops/${workshopId}${path}`, undefined, tokens[role]);
        answers.push({ path, role, status: res.status, code: res.body?.error?.code });
      },
    );
    expect(answers.filter((a) => a.status < 400 || a.status >= 500 || !a.code)).toEqual([]);
    expect(answers.filter((a) => a.path.includes('/mine') && a.role === 'facilitator').map((a) => a.code)).toEqual(
      expect.arrayContaining(['round_not_found', 'invalid_request']),
    );
    // Prototype names in the workshop id of member routes: not a workshop.
    for (const name of HOSTILE) {
      for (const [method, path, body] of [['GET', '', undefined], ['GET', '/chain', undefined], ['GET', '/events', undefined], ['POST', '/commands', VALID.freezeCharter]] as const) {
        const res = await api(server.http, method, `/api/workshops/${name}${path}`, body, tokens.facilitator);
        expect(res.status, `${method} ${name}${path}`).toBe(404);
        expect(res.body?.error?.code).toMatch(/not_found/);
      }
    }
    // The real round still answers.
    expect((await api(server.http, 'GET', `/api/workshops/${workshopId}/rounds/${roundId}/mine`, undefined, tokens.participant)).status).toBe(200);
  });
});
