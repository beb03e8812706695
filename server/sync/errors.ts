/** Why a socket is closed; SyncServer maps each to its close code. */

/** Malformed or hostile input → 4400. */
export class ProtocolError extends Error {}
/** A read-only socket tried to change the document → 4403. */
export class WriteRefused extends Error {}
/** The document or a presence state would pass its size limit → 4413. */
export class TooLarge extends Error {}
/** A content document whose layout is newer than this build knows → 4426 (contentUpgrade.ts). */
export class NewerDocument extends Error {}
