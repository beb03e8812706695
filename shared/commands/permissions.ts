/**
 * Who may issue which command, in which agenda step, before or after the freeze: ONE table,
 * read by the server (to refuse) and by the client (to hide buttons), so they cannot disagree.
 *
 * Design choices:
 * - Facilitators steer (agenda, rounds, statuses) in any step; a co-facilitator does the same
 *   except roles, revocation, freeze and reopen, which stay with the lead facilitator.
 * - Facilitators do not vote or answer for themselves: they stay neutral. They may enter a
 *   participant's input on that participant's behalf (`onBehalf`), and the input then counts
 *   for the participant, who must be allowed to give it.
 * - Participants' input is tied to the step whose method produces it (dots in `dot_vote`,
 *   answers where clauses are agreed), so the room works on one thing at a time.
 * - Observers and signatories only read the workshop; anyone enrolled as a signatory (whatever
 *   their role) registers their own signing key and signs the frozen charter, never on behalf.
 * - After the freeze only housekeeping (agenda, its clock, the board's focus, roles, joining)
 *   and `reopenCharter` remain.
 */
import type { CommandType } from './commandSchema';
import type { AgendaMethod } from '../schema/agenda';
import type { Role } from '../schema/participants';

export type StepScope = 'any' | readonly AgendaMethod[];

export interface CommandPermission {
  /** Roles that may issue the command and the steps in which they may. Missing role = never. */
  roles: Partial<Record<Role, StepScope>>;
  /** Whether the command is still allowed once the charter is frozen. */
  afterFreeze: boolean;
  /** Whether a facilitator may issue it for another participant (`actor.onBehalfOf`). */
  onBehalf: boolean;
  /** Only while the charter is frozen (signing). */
  frozenOnly?: boolean;
}

const DRAFTING_STEPS: readonly AgendaMethod[] = ['vision_mission', 'drafting', 'consensus_check', 'rights_obligations'];
const AGREEING_STEPS: readonly AgendaMethod[] = ['vision_mission', 'consensus_check', 'rights_obligations', 'sign_off'];
const FREEZE_STEPS: readonly AgendaMethod[] = ['rights_obligations', 'sign_off'];

const steer = (afterFreeze = false): CommandPermission => ({
  roles: { facilitator: 'any', co_facilitator: 'any' },
  afterFreeze,
  onBehalf: false,
});
const leadOnly = (afterFreeze: boolean, scope: StepScope = 'any'): CommandPermission => ({
  roles: { facilitator: scope },
  afterFreeze,
  onBehalf: false,
});
const input = (steps: readonly AgendaMethod[]): CommandPermission => ({
  roles: { facilitator: 'any', co_facilitator: 'any', participant: steps },
  afterFreeze: false,
  onBehalf: true,
});
const participantInput = (steps: readonly AgendaMethod[]): CommandPermission => ({
  roles: { participant: steps },
  afterFreeze: false,
  onBehalf: true,
});

const paperEntry = (steps: readonly AgendaMethod[]): CommandPermission => ({
  roles: { facilitator: steps, co_facilitator: steps },
  afterFreeze: false,
  onBehalf: false,
});

const EVERY_ROLE = { facilitator: 'any', co_facilitator: 'any', participant: 'any', observer: 'any', signatory: 'any' } as const;

export const COMMAND_PERMISSIONS: Readonly<Record<CommandType, CommandPermission>> = {
  // The role comes from the identity the server just issued; see commands/participants.ts.
  joinWorkshop: { roles: { facilitator: 'any', co_facilitator: 'any', participant: 'any', observer: 'any', signatory: 'any' }, afterFreeze: true, onBehalf: false },
  setAgenda: steer(true),
  setAgendaStep: steer(true),
  // The room keeps time and the board keeps pointing after the freeze (sign-off still runs).
  setStepClock: steer(true),
  setBoardFocus: steer(true),
  setBoardOptions: steer(true),
  setRole: leadOnly(true),
  revokeParticipant: leadOnly(true),
  allowRejoin: leadOnly(true),
  addStakeholder: input(['stakeholder_mapping']),
  addUserGroup: input(['stakeholder_mapping', 'user_groups']),
  // The evidence the room starts from: the facilitator team enters it, in any step.
  recordSurvey: steer(),
  proposeClause: input(DRAFTING_STEPS),
  amendClause: input(DRAFTING_STEPS),
  setClauseStatus: steer(),
  markSectionNotApplicable: steer(),
  clearSectionNotApplicable: steer(),
  configureVoteRound: steer(),
  openVoteRound: steer(),
  castDot: participantInput(['dot_vote']),
  removeDot: participantInput(['dot_vote']),
  // Paper input is the facilitators' own entry (attributed to them), in the step it belongs to.
  declarePaperVoters: paperEntry(['dot_vote']),
  enterPaperDots: paperEntry(['dot_vote']),
  closeVoteRound: steer(),
  revealVoteRound: steer(),
  startConsensusCheck: steer(),
  startNotApplicableCheck: steer(),
  answerConsensus: participantInput(AGREEING_STEPS),
  enterPaperCards: paperEntry(AGREEING_STEPS),
  recordConsensusOutcome: steer(),
  enrollSignatory: steer(),
  withdrawSignatory: steer(),
  changeSignatoryCapacity: steer(),
  setSignatoryMandate: steer(),
  freezeCharter: leadOnly(false, FREEZE_STEPS),
  reopenCharter: leadOnly(true),
  // Enrolment, not the role, decides who signs (commands/charter.ts); the key is one's own.
  registerSigningKey: { roles: EVERY_ROLE, afterFreeze: true, onBehalf: false },
  signCharter: { roles: EVERY_ROLE, afterFreeze: true, onBehalf: false, frozenOnly: true },
  // Complaints are evidence the facilitators bring in and sort, in any step before the freeze.
  recordComplaints: steer(),
  defineComplaintTheme: steer(),
  assignComplaints: steer(),
  setClauseComplaintThemes: steer(),
  // The facilitator team writes down a signature made on paper; it is never a participant's own act here.
  recordWetInkSignature: { roles: { facilitator: 'any', co_facilitator: 'any' }, afterFreeze: true, onBehalf: false, frozenOnly: true },
};

export type PermissionRefusal = 'role_forbidden' | 'step_forbidden' | 'charter_frozen' | 'charter_not_frozen';

/** Why `role` may not issue `type` now, or null if it may. The frozen check wins over the step check. */
export function refuseCommand(role: Role, type: CommandType, step: AgendaMethod | null, frozen: boolean): PermissionRefusal | null {
  const permission = COMMAND_PERMISSIONS[type];
  const scope = permission.roles[role];
  if (!scope) return 'role_forbidden';
  if (frozen && !permission.afterFreeze) return 'charter_frozen';
  if (!frozen && permission.frozenOnly) return 'charter_not_frozen';
  if (scope === 'any') return null;
  return step && scope.includes(step) ? null : 'step_forbidden';
}

export function mayIssue(role: Role, type: CommandType, step: AgendaMethod | null, frozen: boolean): boolean {
  return refuseCommand(role, type, step, frozen) === null;
}

/** The roles that may type into a proxy's input for someone else. */
export function canActOnBehalf(role: Role): boolean {
  return role === 'facilitator' || role === 'co_facilitator';
}

/**
 * Whether a role may write collaborative content (the Yjs content document: clause drafts,
 * notes, stakeholder cards). Observers and signatories read only; after the freeze nobody
 * writes, because the frozen text is what gets signed.
 */
export function canWriteContent(role: Role, frozen: boolean): boolean {
  if (frozen) return false;
  return role === 'facilitator' || role === 'co_facilitator' || role === 'participant';
}

/** Commands `role` may issue right now: what the client shows as enabled buttons. */
export function allowedCommands(role: Role, step: AgendaMethod | null, frozen: boolean): CommandType[] {
  return (Object.keys(COMMAND_PERMISSIONS) as CommandType[]).filter((type) => type !== 'joinWorkshop' && mayIssue(role, type, step, frozen));
}
