import { RECORD_ID_PATTERN } from '../../../shared/schema/ids';

/**
 * A client-generated id for a new record (clause, version, round, option, check, stakeholder,
 * user group). A UUID fits `RECORD_ID_PATTERN`; the server refuses a replayed create as a
 * duplicate instead of creating a second record.
 */
export function newRecordId<T extends string = string>(): T {
  const id = crypto.randomUUID();
  if (!RECORD_ID_PATTERN.test(id)) throw new Error(`generated id ${id} does not fit RECORD_ID_PATTERN`);
  return id as T;
}
