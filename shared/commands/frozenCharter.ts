/**
 * Turns an accepted `charterFrozen` event into the frozen charter version: applies it, builds
 * the canonical charter document and puts its digest into the event, so the hash chain binds the
 * frozen text. The server runs this inside the workshop's command queue; tests use it to freeze
 * the way the server does.
 */
import type { EventOf } from './events';
import { applyEvent } from './applyEvent';
import type { WorkshopState } from '../state/workshopState';
import { canonicalJson, sha256Hex } from '../charter/canonical';
import type { CharterContext, CharterDocument } from '../charter/charterDocument';
import { buildCharterDocument } from '../charter/charterDocument';
import type { ChainHead } from '../charter/eventChain';

export interface FrozenCharter {
  document: CharterDocument;
  /** JCS(document): the exact text that is stored and hashed. */
  json: string;
  sha256: string;
  /** The freeze event with `charterSha256` set (anything a client sent there is replaced). */
  event: EventOf<'charterFrozen'>;
}

export function freezeCharterVersion(
  before: WorkshopState,
  headBefore: ChainHead | null,
  event: EventOf<'charterFrozen'>,
  context: CharterContext,
): FrozenCharter {
  const { charterSha256: _ignored, ...data } = event.data;
  const unsealed: EventOf<'charterFrozen'> = { ...event, data };
  const document = buildCharterDocument(applyEvent(before, unsealed), headBefore, context);
  const json = canonicalJson(document);
  const sha256 = sha256Hex(json);
  return { document, json, sha256, event: { ...unsealed, data: { ...data, charterSha256: sha256 } } };
}
