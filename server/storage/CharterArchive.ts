/**
 * The charter archive: frozen charter versions, the signatures over them and the server's
 * seals (design.md decision 5). Read-only here: records enter it only as effects of an event
 * (`EventLog.appendEvent`), in the event's transaction, so the log and the archive never
 * disagree.
 *
 * Guarantees every adapter gives (tests/contract/storageContract.ts, "charter archive"):
 * - Immutable: a version, a signature (per signer and capacity) or a seal (per signature
 *   count) is written once; a second write throws `ImmutableRecordError` and stores nothing,
 *   and the database itself refuses UPDATE and DELETE of these rows.
 * - Exact: `json` and `contentState` come back byte for byte as they were hashed.
 * - Ordering: versions oldest first; signatures in the order their events were appended.
 */

/** One frozen charter version: the canonical JSON that was hashed, and the content document then. */
export interface StoredCharterVersion {
  version: number;
  /** hex SHA-256 of `json`. */
  sha256: string;
  /** JCS(charter document), exactly the bytes that were hashed. */
  json: string;
  /** `Y.encodeStateAsUpdate(contentDoc)` at the freeze; its SHA-256 is in the charter. */
  contentState: Uint8Array;
  createdAt: number;
}

export type CharterVersionInfo = Omit<StoredCharterVersion, 'json' | 'contentState'>;

/** A verified signature (shared/rules/signatories.ts `CharterSignature`) as stored. */
export interface StoredSignature {
  version: number;
  participantId: string;
  capacity: string;
  keyId: string;
  /** The `CharterSignature` record as JSON. */
  json: string;
}

/** The server's seal over a bundle with `signatureCount` signatures (`BundleSeal` as JSON). */
export interface StoredSeal {
  version: number;
  signatureCount: number;
  json: string;
}

/** Thrown when an effect would overwrite an immutable record (a version, signature or seal). */
export class ImmutableRecordError extends Error {}

export interface CharterArchive {
  getCharterVersion(workshopId: string, version: number): Promise<StoredCharterVersion | null>;
  /** Every frozen version of a workshop, oldest first, without the documents. */
  listCharterVersions(workshopId: string): Promise<CharterVersionInfo[]>;
  /** A version's signatures in the order they were recorded. */
  listSignatures(workshopId: string, version: number): Promise<StoredSignature[]>;
  /** The seal covering the most signatures of a version, or null. */
  latestSeal(workshopId: string, version: number): Promise<StoredSeal | null>;
}
