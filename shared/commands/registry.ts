/** Use cases: addStakeholder, addUserGroup (the decisions-side registry of cards and groups). */
import type { CommandOf } from './commandSchema';
import type { DecideContext } from './context';
import { emit } from './context';
import type { Decision } from './result';
import { conflict, notFound } from './result';
import { hasEntry } from '../schema/records';

export function addStakeholder(ctx: DecideContext, command: CommandOf<'addStakeholder'>): Decision {
  const card = command.stakeholder;
  if (hasEntry(ctx.state.stakeholders, card.id)) return conflict('stakeholder_exists', 'a stakeholder with this id exists');
  const unknownGroup = card.userGroupIds.find((id) => !hasEntry(ctx.state.userGroups, id));
  if (unknownGroup) return notFound('user_group_not_found', `no user group ${unknownGroup}`);
  return emit(ctx, 'stakeholderAdded', { stakeholder: card });
}

export function addUserGroup(ctx: DecideContext, command: CommandOf<'addUserGroup'>): Decision {
  if (hasEntry(ctx.state.userGroups, command.userGroup.id)) return conflict('user_group_exists', 'a user group with this id exists');
  return emit(ctx, 'userGroupAdded', { userGroup: command.userGroup });
}
