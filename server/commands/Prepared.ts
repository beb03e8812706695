/** What an effect before the append makes of an accepted event (server/commands/CommandPipeline.ts step 3). */
import type { DomainEvent } from '../../shared/commands/events';
import type { EventEffects } from '../storage/Storage';

export interface Prepared {
  /** The event to append (e.g. with server-computed fields that a client cannot set). */
  event: DomainEvent;
  /** Records stored in the same transaction as the event. */
  effects?: EventEffects;
  /** Undoes any side effect of preparing when the append fails. */
  rollback?: () => void;
}
