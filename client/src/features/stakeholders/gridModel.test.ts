import { describe, expect, it } from 'vitest';
import { asStakeholderId } from '../../../../shared/schema/ids';
import { cellId, effectivePosition, parseCellId } from './gridModel';

describe('power-interest grid model', () => {
  const card = { id: asStakeholderId('s1'), power: 2, interest: 4 };

  it('a dragged position wins over the registered scores', () => {
    expect(effectivePosition(card, {})).toEqual({ power: 2, interest: 4 });
    expect(effectivePosition(card, { s1: { power: 5, interest: 5 } })).toEqual({ power: 5, interest: 5 });
  });

  it('ignores malformed positions and clamps out-of-range ones', () => {
    expect(effectivePosition(card, { s1: 'nonsense' })).toEqual({ power: 2, interest: 4 });
    expect(effectivePosition(card, { s1: { power: 9, interest: 0 } })).toEqual({ power: 5, interest: 1 });
  });

  it('cell ids round-trip and reject anything else', () => {
    expect(parseCellId(cellId({ power: 4, interest: 1 }))).toEqual({ power: 4, interest: 1 });
    expect(parseCellId('cell-6-1')).toBeNull();
    expect(parseCellId('stakeholder-x')).toBeNull();
  });
});
