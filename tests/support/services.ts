/**
 * PostgreSQL and Redis for the multi-node tests. `.ci/services` starts them and prints these
 * variables; without them the multi-node tests are skipped with the reason printed.
 */
import { randomBytes } from 'node:crypto';

export const TEST_DATABASE_URL = process.env.MUFAKAT_TEST_DATABASE_URL ?? '';
export const TEST_REDIS_URL = process.env.MUFAKAT_TEST_REDIS_URL ?? '';
export const HAVE_SERVICES = TEST_DATABASE_URL !== '' && TEST_REDIS_URL !== '';

if (!HAVE_SERVICES) {
  console.warn('multi-node tests skipped: run `bash .ci/services` and export the variables it prints');
}

/** A fresh PostgreSQL schema name, so each test run starts empty. */
export const freshSchema = (): string => `t_${randomBytes(6).toString('hex')}`;
