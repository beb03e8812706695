/** docs/PROTOCOL.md is the reference for stock clients: its close-code table names every code the server uses. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol/closeCodes';

const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/PROTOCOL.md'), 'utf8');
const table = doc.slice(doc.indexOf('## Close codes'));
const rows = [...table.matchAll(/^\| (\d{4}) \| (\w+) \|/gm)].map((m) => [Number(m[1]), m[2]] as const);

describe('docs/PROTOCOL.md', () => {
  it('lists every close code with its name, and no code the server does not use', () => {
    expect(Object.fromEntries(rows.map(([code, name]) => [name, code]))).toEqual(CloseCode);
  });
});
