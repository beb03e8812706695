import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStorage } from '../../server/storage/SqliteStorage';
import { describeStorageContract } from '../contract/storageContract';

for (const writerThread of [false, true]) {
  describeStorageContract(`SQLite${writerThread ? ' with a writer thread' : ''}`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-contract-'));
    return new SqliteStorage({ file: path.join(dir, 'test.sqlite'), synchronous: 'FULL', writerThread });
  });
}
