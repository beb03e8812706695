/**
 * Version of the workshop state's shape: `WorkshopState`, its public projection in the decisions
 * document, and the `schemaVersion` of a frozen charter document. Nothing stores the state
 * itself: the server replays it from the event log (`readEventLog`), so a new shape needs no
 * migration of stored state. Bump this when the shape readers of the decisions document see
 * changes; the server re-projects a decisions document that records another version.
 *
 * The other persisted formats carry their own versions, each with a tested path from every
 * earlier one: stored events `EVENT_FORMAT_VERSION` (commands/eventFormat.ts), the content
 * document `CONTENT_SCHEMA_VERSION` (schema/contentDoc.ts).
 */
/*
 *   3  clauses carry their stable number (`Clause.number`, issue 14), given by the fold.
 */
export const SCHEMA_VERSION = 3 as const;
export type SchemaVersion = typeof SCHEMA_VERSION;
