/**
 * Wire protocol of `/sync/<room>`: the standard y-websocket framing (a varUint message type,
 * then the payload) plus one Mufakat extension, `STORED`, that stock clients never receive.
 * See docs/PROTOCOL.md.
 */

/** Message types of the y-websocket protocol (y-websocket 3.x `messageSync` etc.). */
export const MessageType = {
  /** y-protocols/sync: step 1 (state vector), step 2 (missing updates) or update. */
  sync: 0,
  /** y-protocols/awareness: presence (names, colours, cursors); never persisted. */
  awareness: 1,
  /** y-protocols/auth: "permission denied" with a reason, sent before a 4403 close. */
  auth: 2,
  /** Ask the other side to send all awareness states it knows. */
  queryAwareness: 3,
  /**
   * Mufakat extension, server to client only, and only to clients that connect with
   * `?ack=1`: a varUint N meaning "the first N document-changing sync messages (step 2 or
   * update) that you sent on this connection are durably stored". Stock clients do not ask
   * for it and never see it.
   */
  stored: 100,
} as const;

/** Sub-types of a `sync` message (y-protocols/sync). */
export const SyncMessageType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/** Query parameter with which a client asks for `stored` acknowledgements. */
export const ACK_QUERY_PARAM = 'ack';
/** Query parameter that carries the bearer token on a sync connection. */
export const TOKEN_QUERY_PARAM = 'token';
