/**
 * Frozen charter versions, signatures and the server's seal (design.md decision 5).
 *
 * Freeze flow, inside the workshop's serialized command queue (DecisionService preparers):
 *   decide(freezeCharter) accepts → content writes are closed at once (updateAccess with the
 *   frozen state) → the content document is read in the same tick (state + service flow) →
 *   the canonical charter document is built and hashed → the event gets `charterSha256` (any
 *   client value is replaced) → the event and the immutable version row are stored in ONE
 *   transaction. If the append fails, content writes are reopened.
 * Sign flow: decide(signCharter) verifies the signature purely → here the signature row is
 *   added and, once pihak pertama, pihak kedua and a saksi have signed, the bundle with every
 *   signature so far is sealed with the server key, in the same transaction as the event.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { buildBundle, type CharterBundle } from '../../shared/charter/bundle';
import type { CharterDocument } from '../../shared/charter/charterDocument';
import { freezeCharterVersion } from '../../shared/charter/frozenCharter';
import { applyEvent } from '../../shared/commands/applyEvent';
import type { DomainEvent, EventOf } from '../../shared/commands/events';
import { type CharterSignature, missingSigningCapacities, type SignatoryCapacity } from '../../shared/rules/signatories';
import type { DecisionService, Ledger, Prepared } from '../commands/DecisionService';
import type { Logger } from '../log';
import type { CharterVersionInfo, Storage } from '../storage/Storage';
import type { SyncServer } from '../sync/SyncServer';
import { snapshotContent } from './contentSnapshot';
import type { SealKey } from './SealKey';

export interface VersionView extends CharterVersionInfo {
  charter: CharterDocument;
  bundle: CharterBundle;
  /** Required capacities still unsigned (empty = signed). */
  missing: SignatoryCapacity[];
  sealed: boolean;
}

export class CharterService {
  constructor(
    private readonly storage: Storage,
    private readonly sync: SyncServer,
    decisions: DecisionService,
    readonly sealKey: SealKey,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {
    decisions.prepareWith('charterFrozen', (ledger, event) => this.prepareFreeze(ledger, event as EventOf<'charterFrozen'>));
    decisions.prepareWith('charterSigned', (ledger, event) => this.prepareSignature(ledger, event as EventOf<'charterSigned'>));
  }

  private async prepareFreeze(ledger: Ledger, event: EventOf<'charterFrozen'>): Promise<Prepared> {
    const workshop = await this.storage.getWorkshop(ledger.workshopId);
    if (!workshop) throw new Error(`no workshop ${ledger.workshopId}`);
    const reopen = () => this.sync.updateAccess(ledger.state);
    const content = await snapshotContent(this.sync, ledger.workshopId, () => this.sync.updateAccess(applyEvent(ledger.state, event)));
    try {
      const frozen = freezeCharterVersion(ledger.state, ledger.head, event, {
        workshop: { title: workshop.title, serviceName: workshop.serviceName },
        content: { yjsStateSha256: bytesToHex(sha256(content.state)), serviceFlow: content.serviceFlow },
      });
      const version = frozen.document.charterVersion;
      this.log.info('charter.frozen', { workshop: ledger.workshopId, version, sha256: frozen.sha256 });
      return {
        event: frozen.event as DomainEvent,
        effects: { charterVersion: { version, sha256: frozen.sha256, json: frozen.json, contentState: content.state, createdAt: this.clock().getTime() } },
        rollback: reopen,
      };
    } catch (err) {
      reopen();
      throw err;
    }
  }

  private async prepareSignature(ledger: Ledger, event: EventOf<'charterSigned'>): Promise<Prepared> {
    const signature = event.data.signature;
    const { version, charter, sha256: digest, signatures } = await this.load(ledger.workshopId, signature.charterVersion);
    if (digest !== signature.charterSha256) throw new Error(`stored version ${version} does not match the frozen hash`);
    const all = [...signatures, signature];
    const stored = { version, participantId: signature.participantId, capacity: signature.capacity, keyId: signature.keyId, json: JSON.stringify(signature) };
    if (missingSigningCapacities(all.map((s) => s.capacity)).length > 0) return { event, effects: { signature: stored } };
    const sealed = this.sealKey.seal(buildBundle(charter, digest, all), this.clock().toISOString());
    this.log.info('charter.sealed', { workshop: ledger.workshopId, version, signatures: all.length, keyId: this.sealKey.keyId });
    return { event, effects: { signature: stored, seal: { version, signatureCount: all.length, json: JSON.stringify(sealed.seal) } } };
  }

  private async load(workshopId: string, version: number) {
    const stored = await this.storage.getCharterVersion(workshopId, version);
    if (!stored) throw new Error(`no charter version ${version} for ${workshopId}`);
    const signatures = (await this.storage.listSignatures(workshopId, version)).map((s) => JSON.parse(s.json) as CharterSignature);
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
    return { ...info, charter, bundle, missing: missingSigningCapacities(signatures.map((s) => s.capacity)), sealed: Boolean(bundle.seal) };
  }

  async contentState(workshopId: string, version: number): Promise<Uint8Array | null> {
    return (await this.storage.getCharterVersion(workshopId, version))?.contentState ?? null;
  }
}
