/** Which commands save one sector's paper sheet, in an order the server accepts. */
import type { Command } from '../../../../shared/commands/commandSchema';
import { paperDotsOf, paperVoters, type VoteRoundView } from '../../../../shared/rules/dotVote';
import type { Sector } from '../../../../shared/schema/stakeholders';
import { declarePaperVoters, enterPaperDots } from '../../actions/voting';

export interface PaperSheet {
  voters: number;
  /** optionId → counted stickers. */
  dots: Record<string, number>;
}

/**
 * More paper voters are declared before the dots they allow; fewer only after the dots have
 * come down (the server refuses fewer voters than the entered dots need). Lowered counts go
 * before raised ones, so a move of dots between options never passes through the budget.
 */
export function paperSheetCommands(round: VoteRoundView, sector: Sector, sheet: PaperSheet): Command[] {
  const before = paperVoters(round, sector);
  const changed = round.options.filter((o) => (sheet.dots[o.id] ?? 0) !== paperDotsOf(round, o.id, sector));
  const lowered = changed.filter((o) => (sheet.dots[o.id] ?? 0) < paperDotsOf(round, o.id, sector));
  const raised = changed.filter((o) => (sheet.dots[o.id] ?? 0) > paperDotsOf(round, o.id, sector));
  const dots = [...lowered, ...raised].map((o) => enterPaperDots(round.id, o.id, sector, sheet.dots[o.id] ?? 0));
  if (sheet.voters === before) return dots;
  const declare = declarePaperVoters(round.id, sector, sheet.voters);
  return sheet.voters > before ? [declare, ...dots] : [...dots, declare];
}
