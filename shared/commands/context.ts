/** What every use case receives once the shared guards in `decide` have passed. */
import type { ParticipantId } from '../schema/ids';
import type { Actor, Participant } from '../schema/participants';
import type { WorkshopState } from '../state/workshopState';
import type { Decision } from './result';
import { accept } from './result';
import type { EventDataMap, EventType } from './events';

export interface DecideContext {
  state: WorkshopState;
  /** The issuing actor, with role and sector as recorded in state. */
  actor: Actor;
  /** Whose input this is: the participant named in `onBehalfOf`, else the actor. */
  author: Participant;
  /** Set when the facilitator typed the input for `author`. */
  enteredBy?: ParticipantId;
  now: string;
}

export function emit<K extends EventType>(ctx: DecideContext, type: K, data: EventDataMap[K]): Decision {
  return accept(ctx.actor, ctx.now, type, data);
}
