/**
 * Every refusal code `decide` can return. The client translates these (i18n key
 * `refusal.<code>`); keeping them in one typed list means a new code fails type-checking
 * until it is added here, and a translation test can check the list is covered.
 */
export const REFUSAL_CODES = [
  // shared guards
  'invalid_command',
  'actor_unknown',
  'participant_revoked',
  'role_forbidden',
  'step_forbidden',
  'charter_frozen',
  'on_behalf_not_allowed',
  'participant_not_found',
  'sector_required',
  // participants and agenda
  'participant_exists',
  'role_unchanged',
  'last_facilitator',
  'already_revoked',
  'current_step_removed',
  'step_already_current',
  'step_not_found',
  // registry
  'stakeholder_exists',
  'user_group_exists',
  'user_group_not_found',
  // clauses
  'clause_exists',
  'clause_not_found',
  'clause_not_amendable',
  'version_exists',
  'stale_parent_version',
  'consensus_check_open',
  'section_not_in_step',
  'status_unchanged',
  'transition_not_allowed',
  'consensus_check_required',
  'check_not_for_current_version',
  'check_not_recorded',
  'outcome_does_not_allow',
  'already_not_applicable',
  'section_has_agreed_clause',
  'not_marked',
  // dot voting
  'round_not_found',
  'round_already_open',
  'round_unchanged',
  'round_not_draft',
  'round_not_open',
  'round_not_closed',
  'duplicate_option',
  'cap_exceeds_budget',
  'option_unknown',
  'dot_budget_exhausted',
  'dot_cap_reached',
  'no_dot_to_remove',
  // consensus
  'check_exists',
  'check_not_found',
  'check_already_open',
  'check_closed',
  'clause_not_under_discussion',
  'already_answered',
  'level_required',
  'level_unknown',
  'reason_required',
  'stand_aside_with_level',
  'fallback_not_needed',
  'fallback_cannot_decide',
  'decision_required',
  // charter
  'signatory_exists',
  'freeze_gate_failed',
  'charter_not_frozen',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];
