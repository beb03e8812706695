import { describe } from 'vitest';
import { PostgresStorage } from '../../server/storage/PostgresStorage';
import { describeStorageContract } from '../contract/storageContract';
import { freshSchema, HAVE_SERVICES, TEST_DATABASE_URL } from '../support/services';

describe.skipIf(!HAVE_SERVICES)('PostgreSQL adapter', () => {
  describeStorageContract('PostgreSQL', () => {
    const schema = freshSchema();
    return () => PostgresStorage.open({ connectionString: TEST_DATABASE_URL, schema });
  });
});
