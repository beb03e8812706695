import { describe, expect, it } from 'vitest';
import { CONTENT_SCHEMA_VERSION, contentSchemaStatus } from './contentDoc';

describe('content document layout version', () => {
  it('tells current, older, newer and unmarked documents apart', () => {
    expect(contentSchemaStatus(CONTENT_SCHEMA_VERSION)).toBe('current');
    expect(contentSchemaStatus(CONTENT_SCHEMA_VERSION + 1)).toBe('newer');
    expect(contentSchemaStatus(0)).toBe('older');
    expect(contentSchemaStatus(undefined)).toBe('unmarked');
  });
});
