import { describe, expect, it } from 'vitest';
import { consoleTabForMethod, tabForMethod } from './tabForMethod';

describe('screens follow the agenda step', () => {
  it('participants see the panel of the current step', () => {
    expect(tabForMethod('stakeholder_mapping')).toBe('mapping');
    expect(tabForMethod('drafting')).toBe('clauses');
    expect(tabForMethod('dot_vote')).toBe('vote');
    expect(tabForMethod('consensus_check')).toBe('consensus');
    expect(tabForMethod(undefined)).toBe('clauses');
  });

  it('the console opens people before the work starts and the freeze checklist at sign-off', () => {
    expect(consoleTabForMethod(undefined)).toBe('people');
    expect(consoleTabForMethod('sign_off')).toBe('freeze');
    expect(consoleTabForMethod('dot_vote')).toBe('vote');
  });
});
