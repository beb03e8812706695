/**
 * WebSocket close codes the server uses. RFC 6455 reserves 4000-4999 for applications; the
 * y-websocket 3 provider does not reconnect after a code in 4400-4499 (a deliberate refusal),
 * and reconnects with back-off after any other code.
 */
export const CloseCode = {
  /** Server shutting down (SIGTERM) or room unloaded under a client: reconnect later. */
  goingAway: 1001,
  /** A frame over `maxFrameBytes` (set by ws itself through `maxPayload`). */
  tooBig: 1009,
  /** The person's role changed: reconnect to get the new rights (transient on purpose). */
  reconnect: 4100,
  /** A text frame, a truncated or garbage message, an unknown message type, a bad room name. */
  badMessage: 4400,
  /** Missing, unknown or revoked token. */
  unauthorized: 4401,
  /** The token is valid but may not do this (e.g. write as an observer). */
  forbidden: 4403,
  /** The room names no existing workshop. */
  notFound: 4404,
  /** The document or a presence state would grow past its size limit. */
  tooLarge: 4413,
  /**
   * The document was written by a newer version of Mufakat than this server runs; it is not
   * served rather than edited with an older idea of its layout. Reload once the server is upgraded.
   */
  newerSchema: 4426,
  /** Over a rate or count limit. */
  tooMany: 4429,
  /** The server could not store an update; the client keeps its edits and retries. */
  storageFailed: 4500,
} as const;

export type CloseCodeName = keyof typeof CloseCode;

/** Reverse lookup for log lines and UI messages. */
export function closeCodeName(code: number): CloseCodeName | 'unknown' {
  for (const [name, value] of Object.entries(CloseCode)) {
    if (value === code) return name as CloseCodeName;
  }
  return 'unknown';
}
