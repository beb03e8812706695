/**
 * A signature (in the browser, or in wet ink as a facilitator recorded it), before its event is appended: `decide` has verified it purely; here the
 * signature row joins the event's transaction and, once pihak pertama, pihak kedua and a
 * saksi have signed, the bundle with every signature so far is sealed with the server key in
 * the same transaction.
 */
import { buildBundle } from '../../shared/charter/bundle';
import type { EventOf } from '../../shared/commands/events';
import { isWetInk, missingSigningCapacities } from '../../shared/rules/signatories';
import type { CharterVersions } from '../charter/CharterVersions';
import type { SealKey } from '../charter/SealKey';
import type { Logger } from '../log';
import type { Ledger } from './Ledgers';
import type { Prepared } from './Prepared';

export interface SignDeps {
  charters: CharterVersions;
  sealKey: SealKey;
  log: Logger;
  clock: () => Date;
}

/** The `key_id` column of a wet-ink row (it has no key); the row's JSON says `method: 'wet_ink'`. */
export const WET_INK_KEY_ID = 'wet-ink';

export async function prepareSignature(deps: SignDeps, ledger: Ledger, event: EventOf<'charterSigned'> | EventOf<'wetInkSignatureRecorded'>): Promise<Prepared> {
  const signature = event.data.signature;
  const { version, charter, sha256: digest, signatures } = await deps.charters.load(ledger.workshopId, signature.charterVersion);
  if (digest !== signature.charterSha256) throw new Error(`stored version ${version} does not match the frozen hash`);
  const all = [...signatures, signature];
  const keyId = isWetInk(signature) ? WET_INK_KEY_ID : signature.keyId;
  const stored = { version, participantId: signature.participantId, capacity: signature.capacity, keyId, json: JSON.stringify(signature) };
  if (missingSigningCapacities(all, charter.signatories).length > 0) return { event, effects: { signature: stored } };
  const sealed = deps.sealKey.seal(buildBundle(charter, digest, all), deps.clock().toISOString());
  deps.log.info('charter.sealed', { workshop: ledger.workshopId, version, signatures: all.length, keyId: deps.sealKey.keyId });
  return { event, effects: { signature: stored, seal: { version, signatureCount: all.length, json: JSON.stringify(sealed.seal) } } };
}
