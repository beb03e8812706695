import { describe, expect, it } from 'vitest';
import type { VoteRoundView } from '../../../../shared/rules/dotVote';
import { paperSheetCommands } from './paperPlan';

const round = (paper?: VoteRoundView['paper']): VoteRoundView => ({
  id: 'r1' as VoteRoundView['id'],
  options: ['A', 'B'].map((id) => ({ id: id as VoteRoundView['options'][number]['id'], label: { id } })),
  budgetPerPerson: 3,
  capPerOption: 2,
  visibility: 'hidden_until_reveal',
  status: 'open',
  voters: 0,
  tally: null,
  myDots: null,
  ...(paper ? { paper } : {}),
});
const entry = (dots: number) => ({ dots, enteredBy: 'fac' as never, at: '2026-01-01T00:00:00Z' });

describe('saving a sector paper sheet', () => {
  it('declares more voters first, and sends only changed counts', () => {
    expect(paperSheetCommands(round(), 'civil_society', { voters: 4, dots: { A: 5, B: 0 } }).map((c) => c.type)).toEqual(['declarePaperVoters', 'enterPaperDots']);
  });

  it('lowers dots before declaring fewer voters, and lowered counts before raised ones', () => {
    const r = round({ voters: { civil_society: 4 }, dots: { A: { civil_society: entry(8) }, B: { civil_society: entry(4) } } });
    const commands = paperSheetCommands(r, 'civil_society', { voters: 3, dots: { A: 4, B: 5 } });
    expect(commands).toEqual([
      { type: 'enterPaperDots', roundId: 'r1', optionId: 'A', sector: 'civil_society', dots: 4 },
      { type: 'enterPaperDots', roundId: 'r1', optionId: 'B', sector: 'civil_society', dots: 5 },
      { type: 'declarePaperVoters', roundId: 'r1', sector: 'civil_society', voters: 3 },
    ]);
    expect(paperSheetCommands(r, 'civil_society', { voters: 4, dots: { A: 8, B: 4 } })).toEqual([]);
  });
});
