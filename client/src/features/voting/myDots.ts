import { copyRecord, emptyRecord, entryOf, withEntry, withoutEntry } from '../../../../shared/schema/records';

/**
 * The dots this person has placed. The public projection hides individual dots of a hidden
 * round (only the voter count is public) and the command answer carries just the event, so the
 * client keeps its own ledger, updated after each accepted castDot/removeDot and kept in
 * localStorage so a reload still shows "dots left". A facilitator acting for someone keeps that
 * person's ledger under their id.
 */
export type DotLedger = Record<string, number>;

export function withDot(ledger: DotLedger, optionId: string, delta: 1 | -1): DotLedger {
  const count = Math.max(0, (entryOf(ledger, optionId) ?? 0) + delta);
  return count === 0 ? withoutEntry(ledger, optionId) : withEntry(ledger, optionId, count);
}

export function dotsUsed(ledger: DotLedger): number {
  return Object.values(ledger).reduce((a, b) => a + b, 0);
}

export function dotsLeft(budget: number, ledger: DotLedger): number {
  return Math.max(0, budget - dotsUsed(ledger));
}

/**
 * Why a "+" would be refused, as the server's refusal codes (shared/commands/voting.ts), or null:
 * the button is disabled with this reason instead of letting the server say it afterwards.
 */
export function addDotBlock(mine: number, cap: number, left: number): 'dot_cap_reached' | 'dot_budget_exhausted' | null {
  if (mine >= cap) return 'dot_cap_reached';
  if (left <= 0) return 'dot_budget_exhausted';
  return null;
}

/**
 * What the server's refusal tells us about our ledger: a refused removal means there was no
 * dot; an exhausted budget means every dot is placed somewhere (we cannot know where).
 */
export function reconcile(ledger: DotLedger, optionId: string, code: string): DotLedger {
  if (code === 'no_dot_to_remove') {
    return withoutEntry(ledger, optionId);
  }
  return ledger;
}

const key = (workshopId: string, roundId: string, participantId: string) => `mufakat.dots.${workshopId}.${roundId}.${participantId}`;

export function readLedger(workshopId: string, roundId: string, participantId: string): DotLedger {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(workshopId, roundId, participantId)) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? copyRecord(parsed as DotLedger) : emptyRecord();
  } catch {
    return emptyRecord();
  }
}

export function writeLedger(workshopId: string, roundId: string, participantId: string, ledger: DotLedger): void {
  try {
    localStorage.setItem(key(workshopId, roundId, participantId), JSON.stringify(ledger));
  } catch {
    // Storage full or disabled: the ledger lives for this page load only.
  }
}
