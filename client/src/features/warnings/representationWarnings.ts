/**
 * Representation warnings for the facilitator (charter-method.md §2.1, §2.2): a Kontrak
 * Pelayanan is a pact between three pillars, so the console says when one is missing from the
 * room, when only government sits in the key-player quadrant, or when one sector supplied most
 * dots on a top clause.
 */
import type { VoteRoundView } from '../../../../shared/rules/dotVote';
import type { Participant } from '../../../../shared/schema/participants';
import { keyPlayersAreAllGovernment, type StakeholderCard } from '../../../../shared/schema/stakeholderCard';
import { SECTORS, type Sector } from '../../../../shared/schema/stakeholders';
import { dominatedTopOptions } from '../voting/voteModel';

export type RepresentationWarning =
  | { code: 'sector_absent'; sector: Sector; joined: number }
  | { code: 'key_players_government' }
  | { code: 'sector_dominates'; sector: Sector; roundId: string; optionId: string };

export interface WarningInput {
  participants: readonly Participant[];
  /** Participant ids online now (awareness); null when presence is unknown. */
  onlineIds: ReadonlySet<string> | null;
  /** Cards with the positions people gave them on the grid. */
  stakeholders: readonly StakeholderCard[];
  rounds: readonly VoteRoundView[];
}

const represents = (p: Participant) => !p.revoked && (p.role === 'participant' || p.role === 'signatory') && p.sector !== null;

export function representationWarnings(input: WarningInput): RepresentationWarning[] {
  const warnings: RepresentationWarning[] = [];
  const people = input.participants.filter(represents);
  for (const sector of SECTORS) {
    const joined = people.filter((p) => p.sector === sector);
    const present = input.onlineIds ? joined.filter((p) => input.onlineIds!.has(p.id)) : joined;
    if (present.length === 0) warnings.push({ code: 'sector_absent', sector, joined: joined.length });
  }
  if (keyPlayersAreAllGovernment(input.stakeholders)) warnings.push({ code: 'key_players_government' });
  for (const round of input.rounds) {
    if (!round.tally) continue;
    for (const d of dominatedTopOptions(round.tally)) warnings.push({ code: 'sector_dominates', sector: d.sector, roundId: round.id, optionId: d.optionId });
  }
  return warnings;
}
