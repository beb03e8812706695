import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

describe('the board pages long content', () => {
  it('keeps everything on one page when it fits', () => {
    expect(paginate([10, 20, 30], 60)).toEqual([[0, 1, 2]]);
  });

  it('starts a new page when the next row would not fit', () => {
    expect(paginate([30, 30, 30, 30, 30], 70)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('never leaves a section heading alone at the bottom of a page', () => {
    // rows: heading, clause, heading, clause
    expect(paginate([10, 40, 10, 40], 65, [true, false, true, false])).toEqual([[0, 1], [2, 3]]);
    expect(paginate([10, 40, 10, 40], 62, [true, false, true, false])).toEqual([[0, 1], [2, 3]]);
  });

  it('gives a row taller than a page a page of its own', () => {
    expect(paginate([10, 200, 10], 50)).toEqual([[0], [1], [2]]);
  });

  it('has no pages without rows', () => {
    expect(paginate([], 100)).toEqual([]);
  });
});
