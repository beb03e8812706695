/**
 * The answer of `decide`: an event to append, or a refusal the server turns into an HTTP error.
 * `code` is stable and machine-readable (the UI translates it); `message` is English for logs.
 */
import type { Actor } from '../schema/participants';
import type { DomainEvent, EventDataMap, EventType } from './events';
import type { RefusalCode } from './refusalCodes';

export type RefusalStatus = 403 | 404 | 409 | 422;

export interface Refusal {
  ok: false;
  status: RefusalStatus;
  code: RefusalCode;
  message: string;
  params?: Record<string, unknown>;
}

export type Decision = { ok: true; event: DomainEvent } | Refusal;

export function refuse(status: RefusalStatus, code: RefusalCode, message: string, params?: Record<string, unknown>): Refusal {
  return params ? { ok: false, status, code, message, params } : { ok: false, status, code, message };
}

export const forbidden = (code: RefusalCode, message: string) => refuse(403, code, message);
export const notFound = (code: RefusalCode, message: string) => refuse(404, code, message);
export const conflict = (code: RefusalCode, message: string, params?: Record<string, unknown>) => refuse(409, code, message, params);
export const invalid = (code: RefusalCode, message: string, params?: Record<string, unknown>) => refuse(422, code, message, params);

export function accept<K extends EventType>(actor: Actor, ts: string, type: K, data: EventDataMap[K]): Decision {
  return { ok: true, event: { type, data, actor, ts } as DomainEvent };
}
