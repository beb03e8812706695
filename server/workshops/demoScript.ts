/**
 * The demo workshop as a pure script: the people to create, the commands to run in order (each
 * one accepted by `decide` in the state the previous ones left), and the collaborative content
 * to write afterwards. The facts live in `demoData.ts`; this file only turns them into commands.
 *
 * The script walks the agenda from the opening to the consensus check and stops there, mid-way:
 * K1, K5 (with reservations), K6, K7, K8 and the sections §4 lacked (K15..K25) are agreed, K2
 * and K9 are under discussion, the other clauses are proposed, the dot vote is revealed and the
 * five signatories are enrolled. `finishedDemoScript` goes on from there to a frozen version
 * signed by all five with keys made for them (as their browsers would), which seals it.
 *
 * People are named by key ('F', 'S1'..'S9', 'BOARD'). Commands that name a participant inside
 * (`enrollSignatory`, a minority report's authors, a designated decider) carry the person's key
 * in place of the participant id: resolve them with `bindParticipants` once the server has
 * minted each person's id.
 */
import { toBase64url } from '../../shared/charter/base64url';
import { keyIdOf, publicKeyOf, randomSecretKey, signEd25519 } from '../../shared/charter/ed25519';
import { signatureMessage, signaturePayload } from '../../shared/charter/signature';
import type { Command, CommandOf } from '../../shared/commands/commandSchema';
import type { SignatoryCapacity } from '../../shared/rules/signatories';
import type { WorkshopState } from '../../shared/state/workshopState';
import type { AgendaMethod, AgendaStep } from '../../shared/schema/agenda';
import type { GridPosition, ServiceFlowStep } from '../../shared/schema/contentDoc';
import type {
  AgendaStepId,
  ClauseId,
  ClauseVersionId,
  ConsensusCheckId,
  ParticipantId,
  StakeholderId,
  UserGroupId,
  VoteOptionId,
  VoteRoundId,
} from '../../shared/schema/ids';
import { asParticipantId } from '../../shared/schema/ids';
import type { Role } from '../../shared/schema/participants';
import type { Sector, StakeholderCategory } from '../../shared/schema/stakeholders';
import type { ClauseSeed, ConsensusAnswerSeed, VersionSeed } from './demoData';
import {
  AGENDA,
  BOARD_KEY,
  DOT_BUDGET,
  DOT_CAP,
  DOTS,
  AGREED_IN_CONSENSUS_STEP,
  DRAFTED_CLAUSES,
  FACILITATOR_KEY,
  FINISHING_AGREEMENTS,
  K5_ANSWERS,
  K5_COMPROMISE_VERSION,
  K5_MINORITY_REPORT,
  K5_PROVIDER_VERSION,
  LEFT_UNDER_DISCUSSION,
  QUICK_AGREEMENTS,
  SERVICE_FLOW,
  SIGNATORIES,
  STAKEHOLDERS,
  USER_GROUPS,
  VISION_CLAUSE,
  VOTE_TITLE,
  WITHOUT_DEVICE,
} from './demoData';

export interface DemoPerson {
  key: string;
  name: string;
  sector: Sector | null;
  category?: StakeholderCategory;
  role: Role;
}

/**
 * `as` and `onBehalfOf` are DemoPerson keys. A command that depends on what the server decided
 * before it (a signature over the frozen version's hash) is a function of the state it runs in.
 */
export interface DemoStep {
  as: string;
  onBehalfOf?: string;
  command: Command | ((state: WorkshopState) => Command);
}

/** The step's command in the state it runs in (null before the first step has run). */
export function commandOf(step: DemoStep, state: WorkshopState | null): Command {
  if (typeof step.command !== 'function') return step.command;
  if (!state) throw new Error('this demo step needs the state an earlier step left');
  return step.command(state);
}

export interface DemoScript {
  people: DemoPerson[];
  steps: DemoStep[];
  /** clauseId -> paragraphs of the working text (Indonesian), for the content field `clauseField(id)`. */
  clauseDrafts: Record<string, string[]>;
  /** stakeholderId -> place on the power-interest grid. */
  stakeholderPositions: Record<string, GridPosition>;
  serviceFlow: ServiceFlowStep[];
}

/** Replaces the person keys a command carries in participant-id fields with real ids. */
export function bindParticipants(command: Command, idOf: (key: string) => ParticipantId): Command {
  switch (command.type) {
    case 'setRole':
    case 'revokeParticipant':
    case 'enrollSignatory':
      return { ...command, participantId: idOf(command.participantId) };
    case 'startConsensusCheck': {
      const { fallback } = command;
      return fallback.kind === 'designated_decider' ? { ...command, fallback: { ...fallback, deciderId: idOf(fallback.deciderId) } } : command;
    }
    case 'recordConsensusOutcome': {
      const report = command.minorityReport;
      return report ? { ...command, minorityReport: { ...report, authorIds: report.authorIds.map(idOf) } } : command;
    }
    default:
      return command;
  }
}

const FACILITATOR: DemoPerson = { key: FACILITATOR_KEY, name: 'Tim Fasilitator', sector: null, role: 'facilitator' };
const BOARD: DemoPerson = { key: BOARD_KEY, name: 'Layar proyektor', sector: null, role: 'observer' };

/** Collects steps and the ids the later steps refer to. */
class ScriptBuilder {
  readonly steps: DemoStep[] = [];
  private readonly clauseIds = new Map<string, ClauseId>();
  private readonly currentVersion = new Map<string, ClauseVersionId>();
  private readonly stepIds = new Map<AgendaMethod, AgendaStepId>();
  /** Stakeholder cards by their author's key ('S6'), user groups by their key ('UG3'). */
  readonly cardIds = new Map<string, StakeholderId>();
  readonly groupIds = new Map<string, UserGroupId>();

  constructor(private readonly newId: () => string) {}

  id<T extends string>(): T {
    return this.newId() as T;
  }

  /** Input by `person`; for someone without a device the facilitator enters it on their behalf. */
  by(person: string, command: Command): void {
    this.steps.push(WITHOUT_DEVICE.has(person) ? { as: FACILITATOR_KEY, onBehalfOf: person, command } : { as: person, command });
  }

  facilitator(command: Command): void {
    this.steps.push({ as: FACILITATOR_KEY, command });
  }

  setAgenda(): void {
    const steps: AgendaStep[] = AGENDA.map((seed) => {
      const id = this.id<AgendaStepId>();
      this.stepIds.set(seed.method, id);
      return { id, method: seed.method, title: seed.title, plannedMinutes: seed.minutes, sectionCodes: seed.sectionCodes };
    });
    this.facilitator({ type: 'setAgenda', steps });
  }

  goTo(method: AgendaMethod): void {
    this.facilitator({ type: 'setAgendaStep', stepId: this.step(method) });
  }

  step(method: AgendaMethod): AgendaStepId {
    const stepId = this.stepIds.get(method);
    if (!stepId) throw new Error(`demo agenda has no ${method} step`);
    return stepId;
  }

  clause(key: string): ClauseId {
    const id = this.clauseIds.get(key);
    if (!id) throw new Error(`demo clause ${key} is not proposed yet`);
    return id;
  }

  /**
   * The number the room sees for a seed ("K13" for the research's K12: K11 was split in two):
   * the n-th proposal is clause number n (`Clause.number`).
   */
  number(key: string): number {
    const index = [...this.clauseIds.keys()].indexOf(key);
    if (index < 0) throw new Error(`demo clause ${key} is not proposed yet`);
    return index + 1;
  }

  propose(seed: ClauseSeed): void {
    const clauseId = this.id<ClauseId>();
    const versionId = this.id<ClauseVersionId>();
    this.clauseIds.set(seed.key, clauseId);
    this.currentVersion.set(seed.key, versionId);
    this.by(seed.by, { type: 'proposeClause', clauseId, versionId, sectionCode: seed.section, ...this.versionContent(seed) });
  }

  amend(key: string, seed: VersionSeed): void {
    const versionId = this.id<ClauseVersionId>();
    const parentVersionId = this.currentVersion.get(key);
    if (!parentVersionId) throw new Error(`demo clause ${key} has no version to amend`);
    this.currentVersion.set(key, versionId);
    const command: CommandOf<'amendClause'> = {
      type: 'amendClause',
      clauseId: this.clause(key),
      versionId,
      parentVersionId,
      ...this.versionContent(seed),
    };
    this.by(seed.by, command);
  }

  /** A seed's version fields, with its partner (a person key) and user groups (UG keys) bound to ids. */
  versionContent(seed: VersionSeed) {
    const known = <T>(map: Map<string, T>, key: string): T => {
      const id = map.get(key);
      if (!id) throw new Error(`demo seed names ${key} before it exists`);
      return id;
    };
    return {
      text: seed.text,
      rationale: seed.rationale,
      obligatedParty: seed.obligatedParty,
      ...(seed.partner ? { partnerId: known(this.cardIds, seed.partner) } : {}),
      ...(seed.legalBasis ? { legalBasis: seed.legalBasis } : {}),
      ...(seed.commitment ? { commitment: seed.commitment } : {}),
      ...(seed.usersAsk ? { usersAsk: seed.usersAsk } : {}),
      ...(seed.providerBaseline ? { providerBaseline: seed.providerBaseline } : {}),
      ...(seed.groups ? { userGroupIds: seed.groups.map((g) => known(this.groupIds, g)) } : {}),
    };
  }

  setStatus(key: string, status: CommandOf<'setClauseStatus'>['status'], checkId?: ConsensusCheckId): void {
    this.facilitator({ type: 'setClauseStatus', clauseId: this.clause(key), status, ...(checkId ? { checkId } : {}) });
  }

  answer(checkId: ConsensusCheckId, seed: ConsensusAnswerSeed): void {
    const reason = seed.reason ? { reason: seed.reason } : {};
    const command: Command =
      seed.level === null
        ? { type: 'answerConsensus', checkId, level: null, standAside: true, ...reason }
        : { type: 'answerConsensus', checkId, level: seed.level, ...reason };
    this.by(seed.by, command);
  }
}

const SECTORED_KEYS = STAKEHOLDERS.map((s) => s.key);

/** Steps 3 and 4: everyone puts up their own card, then the room names the user groups. */
function mapStakeholders(b: ScriptBuilder): Record<string, GridPosition> {
  const positions: Record<string, GridPosition> = {};
  b.goTo('stakeholder_mapping');
  for (const { key, power, interest, ...card } of STAKEHOLDERS) {
    const id = b.id<StakeholderId>();
    b.cardIds.set(key, id);
    positions[id] = { power, interest };
    b.by(key, { type: 'addStakeholder', stakeholder: { id, ...card, power, interest, userGroupIds: [] } });
  }
  b.goTo('user_groups');
  for (const { key, by, ...group } of USER_GROUPS) {
    const id = b.id<UserGroupId>();
    b.groupIds.set(key, id);
    b.by(by, { type: 'addUserGroup', userGroup: { id, ...group } });
  }
  return positions;
}

/** A fist-to-five check in which everyone supports the clause, then agreement. */
function agreeQuickly(b: ScriptBuilder, key: string, table: Readonly<Record<string, readonly number[]>> = QUICK_AGREEMENTS, alreadyOpen = false): void {
  const levels = table[key];
  if (!levels) throw new Error(`no quick agreement for ${key}`);
  const checkId = b.id<ConsensusCheckId>();
  const clauseId = b.clause(key);
  if (!alreadyOpen) b.setStatus(key, 'under_discussion');
  b.facilitator({ type: 'startConsensusCheck', checkId, clauseId, preset: 'fist_to_five', rule: { kind: 'consensus' }, fallback: { kind: 'defer' }, quorum: levels.length });
  for (const [i, level] of levels.entries()) b.answer(checkId, { by: SECTORED_KEYS[i] ?? '', level });
  b.facilitator({ type: 'recordConsensusOutcome', checkId });
  b.setStatus(key, 'agreed', checkId);
}

/** Step 7: a hidden dot vote over every clause drafted in step 6, revealed after closing. */
function dotVote(b: ScriptBuilder): void {
  const roundId = b.id<VoteRoundId>();
  const optionOf = new Map<string, VoteOptionId>();
  const options = DRAFTED_CLAUSES.map((seed) => {
    const id = b.id<VoteOptionId>();
    optionOf.set(seed.key, id);
    const name = `K${b.number(seed.key)}`;
    return { id, label: { id: `${name} ${seed.topic.id}`, en: `${name} ${seed.topic.en}` }, clauseId: b.clause(seed.key) };
  });
  b.goTo('dot_vote');
  b.facilitator({ type: 'configureVoteRound', roundId, title: VOTE_TITLE, options, budgetPerPerson: DOT_BUDGET, capPerOption: DOT_CAP, visibility: 'hidden_until_reveal' });
  b.facilitator({ type: 'openVoteRound', roundId });
  for (const [person, dots] of Object.entries(DOTS)) {
    for (const [clauseKey, count] of Object.entries(dots)) {
      const optionId = optionOf.get(clauseKey);
      if (!optionId) throw new Error(`no vote option for ${clauseKey}`);
      for (let n = 0; n < count; n++) b.by(person, { type: 'castDot', roundId, optionId });
    }
  }
  b.facilitator({ type: 'closeVoteRound', roundId });
  b.facilitator({ type: 'revealVoteRound', roundId });
}

/** Step 8 on K5: the compromise (v3), a Kaner check with a stand-aside and a minority report. */
function agreeCompletionTime(b: ScriptBuilder): void {
  const checkId = b.id<ConsensusCheckId>();
  b.setStatus('K5', 'under_discussion');
  b.amend('K5', K5_COMPROMISE_VERSION);
  b.facilitator({
    type: 'startConsensusCheck',
    checkId,
    clauseId: b.clause('K5'),
    preset: 'kaner_gradients',
    rule: { kind: 'consensus' },
    fallback: { kind: 'designated_decider', deciderId: asParticipantId('S1') },
    quorum: 7,
  });
  for (const answer of K5_ANSWERS) b.answer(checkId, answer);
  b.facilitator({
    type: 'recordConsensusOutcome',
    checkId,
    minorityReport: { text: K5_MINORITY_REPORT.text, authorIds: K5_MINORITY_REPORT.by.map(asParticipantId) },
  });
  // Level 2, 3 and 6 answers and a stand-aside are reservations: the core only allows this status.
  b.setStatus('K5', 'agreed_with_reservations', checkId);
}

function people(): DemoPerson[] {
  const stakeholders = STAKEHOLDERS.map(({ key, name, sector, category }): DemoPerson => ({ key, name, sector, category, role: 'participant' }));
  return [FACILITATOR, ...stakeholders, BOARD];
}

function drafts(b: ScriptBuilder): Record<string, string[]> {
  const current: Record<string, { text: { id: string }; notes?: string[] }> = {};
  for (const seed of [VISION_CLAUSE, ...DRAFTED_CLAUSES]) current[seed.key] = seed;
  current.K5 = K5_COMPROMISE_VERSION;
  const result: Record<string, string[]> = {};
  for (const [key, seed] of Object.entries(current)) result[b.clause(key)] = [seed.text.id, ...(seed.notes ?? [])];
  return result;
}

export function demoScript(newId: () => string): DemoScript {
  return resting(new ScriptBuilder(newId), newId);
}

/** Up to the resting point: the consensus check, mid-way. */
function resting(b: ScriptBuilder, newId: () => string): DemoScript {
  b.setAgenda();
  b.goTo('promotion');
  b.goTo('complaint_review');
  const stakeholderPositions = mapStakeholders(b);

  b.goTo('vision_mission');
  b.propose(VISION_CLAUSE);
  agreeQuickly(b, 'K1');

  b.goTo('drafting');
  for (const seed of DRAFTED_CLAUSES) b.propose(seed);
  b.amend('K5', K5_PROVIDER_VERSION);

  dotVote(b);

  b.goTo('consensus_check');
  agreeCompletionTime(b);
  for (const key of AGREED_IN_CONSENSUS_STEP) agreeQuickly(b, key);
  for (const key of LEFT_UNDER_DISCUSSION) b.setStatus(key, 'under_discussion');
  for (const { by, capacity, mandate, partner } of SIGNATORIES) {
    const partnerId = partner ? b.cardIds.get(partner) : undefined;
    b.facilitator({ type: 'enrollSignatory', participantId: asParticipantId(by), capacity, ...(mandate ? { mandate } : {}), ...(partnerId ? { partnerId } : {}) });
  }

  const serviceFlow = SERVICE_FLOW.map((step): ServiceFlowStep => ({ id: newId(), ...step, costRupiah: 0 }));
  return { people: people(), steps: b.steps, clauseDrafts: drafts(b), stakeholderPositions, serviceFlow };
}

/** Where each signatory's key is registered from: their title and institution as on their card. */
/** The civil servants among the demo's signatories: a made-up NIP (born 12 Aug 1971, appointed March 1996, woman, 004). */
const DEMO_NIP: Readonly<Record<string, string>> = { S1: '197108121996032004' };

function signerCard(key: string): { title: string; institution: string; nip?: string } {
  const card = STAKEHOLDERS.find((s) => s.key === key);
  if (!card) throw new Error(`no stakeholder ${key}`);
  const nip = DEMO_NIP[key];
  return { title: card.position, institution: card.organisation, ...(nip ? { nip } : {}) };
}

/**
 * The finished demo: the resting demo, then the open clauses agreed (every sector answering),
 * the freeze in the signing step, and each signatory registering a key and signing the frozen
 * version. Pak Darmo signs too, on his own link opened on the facilitator's tablet: a
 * signature is never entered on someone's behalf. `secretKey` makes each person's key.
 */
export function finishedDemoScript(newId: () => string, secretKey: (key: string) => Uint8Array = () => randomSecretKey()): DemoScript {
  const b = new ScriptBuilder(newId);
  const script = resting(b, newId);
  const underDiscussion = new Set(LEFT_UNDER_DISCUSSION);
  const agree = (key: string) => agreeQuickly(b, key, FINISHING_AGREEMENTS, underDiscussion.has(key));
  for (const key of ['K2', 'K3', 'K4', 'K9', 'K10', 'K13']) agree(key);
  b.goTo('rights_obligations');
  for (const key of ['K11a', 'K11b', 'K12', 'K14']) agree(key);
  b.goTo('sign_off');
  b.facilitator({ type: 'freezeCharter' });
  for (const { by, capacity } of SIGNATORIES) sign(b, by, capacity, secretKey(by));
  // The workshop is over: its clock stops rather than run past the signing step's time for ever.
  b.facilitator({ type: 'setStepClock', stepId: b.step('sign_off'), action: 'pause' });
  return { ...script, steps: b.steps };
}

function sign(b: ScriptBuilder, person: string, capacity: SignatoryCapacity, secretKey: Uint8Array): void {
  const raw = publicKeyOf(secretKey);
  const keyId = keyIdOf(raw);
  b.steps.push({ as: person, command: { type: 'registerSigningKey', publicKey: toBase64url(raw), ...signerCard(person) } });
  b.steps.push({
    as: person,
    command: (state) => {
      const frozen = state.freeze;
      if (!frozen?.charterSha256) throw new Error('the finished demo signs only a frozen version with its hash');
      const payload = signaturePayload({ workshopId: state.workshopId, charterVersion: frozen.charterVersion, charterSha256: frozen.charterSha256, capacity, keyId });
      const signature = toBase64url(signEd25519(signatureMessage(payload), secretKey));
      return { type: 'signCharter', charterVersion: frozen.charterVersion, capacity, keyId, signature };
    },
  });
}
