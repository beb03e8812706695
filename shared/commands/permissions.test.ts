import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from './commandSchema';
import { AGENDA_METHODS } from '../schema/agenda';
import { ROLES } from '../schema/participants';
import { allowedCommands, COMMAND_PERMISSIONS, canWriteContent, mayIssue, refuseCommand } from './permissions';

describe('command permissions', () => {
  it('has one entry for every command type', () => {
    expect(Object.keys(COMMAND_PERMISSIONS).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it('never lets observers or signatories issue anything but joining and, once frozen, signing with their own key', () => {
    for (const role of ['observer', 'signatory'] as const) {
      const allowed = COMMAND_TYPES.filter((t) => AGENDA_METHODS.some((m) => mayIssue(role, t, m, false)));
      expect(allowed).toEqual(['joinWorkshop', 'registerSigningKey']);
      const frozen = COMMAND_TYPES.filter((t) => AGENDA_METHODS.some((m) => mayIssue(role, t, m, true)));
      expect(frozen).toEqual(['joinWorkshop', 'registerSigningKey', 'signCharter']);
    }
    expect(COMMAND_PERMISSIONS.signCharter.onBehalf).toBe(false);
    expect(refuseCommand('signatory', 'signCharter', 'sign_off', false)).toBe('charter_not_frozen');
  });

  it('lets participants place dots only during the dot-vote step', () => {
    expect(mayIssue('participant', 'castDot', 'dot_vote', false)).toBe(true);
    expect(refuseCommand('participant', 'castDot', 'drafting', false)).toBe('step_forbidden');
    expect(refuseCommand('participant', 'castDot', null, false)).toBe('step_forbidden');
  });

  it('keeps facilitators neutral: they do not vote or answer for themselves', () => {
    expect(refuseCommand('facilitator', 'castDot', 'dot_vote', false)).toBe('role_forbidden');
    expect(refuseCommand('facilitator', 'answerConsensus', 'consensus_check', false)).toBe('role_forbidden');
    expect(COMMAND_PERMISSIONS.castDot.onBehalf).toBe(true);
  });

  it('reserves roles, revocation, freeze and reopen to the lead facilitator', () => {
    for (const type of ['setRole', 'revokeParticipant', 'freezeCharter', 'reopenCharter'] as const) {
      expect(refuseCommand('co_facilitator', type, 'sign_off', type === 'reopenCharter')).toBe('role_forbidden');
    }
    expect(mayIssue('facilitator', 'freezeCharter', 'sign_off', false)).toBe(true);
    expect(refuseCommand('facilitator', 'freezeCharter', 'drafting', false)).toBe('step_forbidden');
  });

  it('allows only housekeeping, the clock, the board focus and options, signing and reopening once the charter is frozen', () => {
    const stillAllowed = COMMAND_TYPES.filter((t) => ROLES.some((r) => AGENDA_METHODS.some((m) => mayIssue(r, t, m, true))));
    expect(stillAllowed.sort()).toEqual([
      'allowRejoin',
      'joinWorkshop',
      'recordWetInkSignature',
      'registerSigningKey',
      'reopenCharter',
      'revokeParticipant',
      'setAgenda',
      'setAgendaStep',
      'setBoardFocus',
      'setBoardOptions',
      'setRole',
      'setStepClock',
      'signCharter',
    ]);
    expect(refuseCommand('participant', 'proposeClause', 'drafting', true)).toBe('charter_frozen');
  });
});

describe('allowed commands', () => {
  it('gives a participant in the dot-vote step exactly the dot commands', () => {
    expect(allowedCommands('participant', 'dot_vote', false)).toEqual(['castDot', 'removeDot', 'registerSigningKey']);
  });

  it('gives an observer nothing to press', () => {
    expect(allowedCommands('observer', 'drafting', false)).toEqual(['registerSigningKey']);
  });
});

describe('content writing', () => {
  it('lets participants and facilitators write content, observers and signatories only read', () => {
    expect(ROLES.filter((r) => canWriteContent(r, false))).toEqual(['facilitator', 'co_facilitator', 'participant']);
  });

  it('lets nobody write content after the freeze', () => {
    expect(ROLES.filter((r) => canWriteContent(r, true))).toEqual([]);
  });
});
