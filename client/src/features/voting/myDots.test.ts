import { describe, expect, it } from 'vitest';
import { addDotBlock, dotsLeft, dotsUsed, reconcile, withDot } from './myDots';

describe('my dots ledger', () => {
  it('says why a "+" would be refused: the cap on this option first, then the budget', () => {
    expect(addDotBlock(0, 2, 3)).toBeNull();
    expect(addDotBlock(2, 2, 3)).toBe('dot_cap_reached');
    expect(addDotBlock(1, 2, 0)).toBe('dot_budget_exhausted');
    expect(addDotBlock(2, 2, 0)).toBe('dot_cap_reached');
  });

  it('adds and removes dots per option and counts what is left of the budget', () => {
    let ledger = withDot({}, 'k5', 1);
    ledger = withDot(ledger, 'k5', 1);
    ledger = withDot(ledger, 'k6', 1);
    expect(dotsUsed(ledger)).toBe(3);
    expect(dotsLeft(5, ledger)).toBe(2);
    ledger = withDot(withDot(ledger, 'k6', -1), 'k6', -1);
    expect(ledger).toEqual({ k5: 2 });
  });

  it('never reports negative dots left', () => {
    expect(dotsLeft(1, { a: 3 })).toBe(0);
  });

  it('a refused removal clears that option; other refusals change nothing', () => {
    expect(reconcile({ a: 1, b: 2 }, 'a', 'no_dot_to_remove')).toEqual({ b: 2 });
    expect(reconcile({ a: 1 }, 'a', 'dot_cap_reached')).toEqual({ a: 1 });
  });
});

describe('my dots ledger with option ids named after prototype properties', () => {
  it('counts a dot on __proto__ or constructor like any other, also after a reload from storage', () => {
    let ledger = withDot({}, '__proto__', 1);
    ledger = withDot(ledger, 'constructor', 1);
    expect(dotsUsed(ledger)).toBe(2);
    expect(Object.keys(ledger).sort()).toEqual(['__proto__', 'constructor']);
    const reloaded = withDot(JSON.parse(JSON.stringify(ledger)), '__proto__', -1);
    expect(Object.keys(reloaded)).toEqual(['constructor']);
    expect(dotsUsed(reconcile(reloaded, 'constructor', 'no_dot_to_remove'))).toBe(0);
  });
});
