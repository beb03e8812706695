import type { Command } from '../../../shared/commands/commandSchema';
import { decide } from '../../../shared/commands/decide';
import { COMMAND_PERMISSIONS } from '../../../shared/commands/permissions';
import type { RefusalCode } from '../../../shared/commands/refusalCodes';
import type { ParticipantId } from '../../../shared/schema/ids';
import type { Actor, Role } from '../../../shared/schema/participants';
import type { Sector } from '../../../shared/schema/stakeholders';
import type { PublicWorkshopState } from '../../../shared/state/projection';
import type { WorkshopState } from '../../../shared/state/workshopState';

/** An i18n key under `refusal.` (translated for every code; see refusalMessage). */
export type RefusalKey = `refusal.${RefusalCode}`;

/** Who would send the command: the viewer, and the person a facilitator is entering input for. */
export interface Viewer {
  me: { participantId: string; role: Role; sector: Sector | null };
  actFor?: { id: string } | null;
}

/** No refusal of a probed command depends on the time; a fixed one keeps the probe pure. */
const PROBE_NOW = '2000-01-01T00:00:00.000Z';

/**
 * Why the server would refuse `command` now, as the i18n key of its refusal, or null when it
 * would be accepted. It runs the server's own `decide` on the decisions projection, so a control
 * disabled here is one the server would refuse, and the reason shown is the reason it would give.
 * The projection differs from the state only in hidden dots and device hashes, which no probed
 * rule reads (dots are judged by the vote panel from the viewer's own dots).
 */
export function whyNot(state: PublicWorkshopState | null, viewer: Viewer, command: Command): RefusalKey | null {
  if (!state) return null;
  const onBehalfOf = viewer.actFor && COMMAND_PERMISSIONS[command.type].onBehalf ? viewer.actFor.id : undefined;
  const actor: Actor = {
    participantId: viewer.me.participantId as ParticipantId,
    role: viewer.me.role,
    sector: viewer.me.sector,
    ...(onBehalfOf ? { onBehalfOf: onBehalfOf as ParticipantId } : {}),
  };
  const decision = decide(state as unknown as WorkshopState, actor, command, PROBE_NOW);
  return decision.ok ? null : `refusal.${decision.code}`;
}
