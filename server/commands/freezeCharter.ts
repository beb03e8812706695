/**
 * The freeze, before its event is appended (design.md decision 5): content writes close at
 * once, the content document is read in the same tick (its whole state and the service flow),
 * the canonical charter document is built and hashed, the event gets `charterSha256` (any
 * client value is replaced), and the immutable version row is stored in the same transaction
 * as the event. If anything fails before the append, content writes reopen.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { freezeCharterVersion } from '../../shared/commands/frozenCharter';
import { applyEvent } from '../../shared/commands/applyEvent';
import type { DomainEvent, EventOf } from '../../shared/commands/events';
import { snapshotContent } from '../charter/contentSnapshot';
import type { Logger } from '../log';
import type { Directory } from '../storage/Storage';
import type { Ledger } from './Ledgers';
import type { Prepared } from './Prepared';
import type { WorkshopDocuments } from './WorkshopDocuments';

export interface FreezeDeps {
  storage: Pick<Directory, 'getWorkshop'>;
  documents: WorkshopDocuments;
  log: Logger;
  clock: () => Date;
}

export async function prepareFreeze(deps: FreezeDeps, ledger: Ledger, event: EventOf<'charterFrozen'>): Promise<Prepared> {
  const { storage, documents, log, clock } = deps;
  const workshop = await storage.getWorkshop(ledger.workshopId);
  if (!workshop) throw new Error(`no workshop ${ledger.workshopId}`);
  const reopen = () => documents.applyAccess(ledger.state);
  const content = await snapshotContent(documents, ledger.workshopId, () => documents.applyAccess(applyEvent(ledger.state, event)));
  try {
    const frozen = freezeCharterVersion(ledger.state, ledger.head, event, {
      workshop: { title: workshop.title, serviceName: workshop.serviceName },
      content: { yjsStateSha256: bytesToHex(sha256(content.state)), serviceFlow: content.serviceFlow },
    });
    const version = frozen.document.charterVersion;
    log.info('charter.frozen', { workshop: ledger.workshopId, version, sha256: frozen.sha256 });
    return {
      event: frozen.event as DomainEvent,
      effects: { charterVersion: { version, sha256: frozen.sha256, json: frozen.json, contentState: content.state, createdAt: clock().getTime() } },
      rollback: reopen,
    };
  } catch (err) {
    reopen();
    throw err;
  }
}
