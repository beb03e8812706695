/**
 * The read side of frozen charter versions, their signatures and the server's seal
 * (design.md decision 5). Versions, signatures and seals are written only by the command
 * pipeline, in the same transaction as their event (server/commands/freezeCharter.ts,
 * server/commands/signCharter.ts); this class reads them back and builds bundles.
 */
import { buildBundle, type CharterBundle } from '../../shared/charter/bundle';
import type { CharterDocument } from '../../shared/charter/charterDocument';
import { type AnySignature, missingSigningCapacities, type SignatoryCapacity } from '../../shared/rules/signatories';
import type { CharterArchive, CharterVersionInfo, StoredCharterVersion } from '../storage/Storage';
import type { SealKey } from './SealKey';

export interface VersionView extends CharterVersionInfo {
  charter: CharterDocument;
  bundle: CharterBundle;
  /** Required capacities still unsigned (empty = signed). */
  missing: SignatoryCapacity[];
  sealed: boolean;
}


/** A stored version with its parsed charter and signatures (browser and wet ink, `method: 'wet_ink'`). */
export interface LoadedVersion extends StoredCharterVersion {
  charter: CharterDocument;
  signatures: AnySignature[];
}

export class CharterVersions {
  constructor(
    private readonly storage: CharterArchive,
    readonly sealKey: SealKey,
  ) {}

  async load(workshopId: string, version: number): Promise<LoadedVersion> {
    const stored = await this.storage.getCharterVersion(workshopId, version);
    if (!stored) throw new Error(`no charter version ${version} for ${workshopId}`);
    const signatures = (await this.storage.listSignatures(workshopId, version)).map((s) => JSON.parse(s.json) as AnySignature);
    return { ...stored, charter: JSON.parse(stored.json) as CharterDocument, signatures };
  }

  list(workshopId: string): Promise<CharterVersionInfo[]> {
    return this.storage.listCharterVersions(workshopId);
  }

  /** A version with its bundle: sealed when the seal covers every signature recorded so far. */
  async version(workshopId: string, version: number): Promise<VersionView | null> {
    if (!(await this.storage.getCharterVersion(workshopId, version))) return null;
    const { json: _json, contentState: _state, charter, signatures, ...info } = await this.load(workshopId, version);
    const unsealed = buildBundle(charter, info.sha256, signatures);
    const seal = await this.storage.latestSeal(workshopId, version);
    const bundle = seal && seal.signatureCount === signatures.length ? { ...unsealed, seal: JSON.parse(seal.json) } : unsealed;
    return { ...info, charter, bundle, missing: missingSigningCapacities(signatures, charter.signatories), sealed: Boolean(bundle.seal) };
  }

  async contentState(workshopId: string, version: number): Promise<Uint8Array | null> {
    return (await this.storage.getCharterVersion(workshopId, version))?.contentState ?? null;
  }
}
