/**
 * The port through which the domain reaches a workshop's two Yjs documents. The sync server
 * implements it (server/sync/SyncServer.ts); nothing outside server/sync imports the sync
 * server, so the command pipeline, the charter effects and the workshop service can be read
 * (and tested) without the transport.
 */
import type * as Y from 'yjs';
import type { WorkshopState } from '../../shared/state/workshopState';

export type DocumentKind = 'content' | 'decisions';

export interface WorkshopDocuments {
  /**
   * Runs `change` on the document as the server, in one Yjs transaction, synchronously after
   * the room is loaded; whatever it changed is stored before anyone sees it, and the promise
   * resolves once it is stored. A change that only reads is a consistent snapshot.
   */
  changeDocument(workshopId: string, kind: DocumentKind, change: (doc: Y.Doc) => void): Promise<void>;
  /**
   * Applies the workshop's decisions to its live sockets: a revoked person is disconnected,
   * a changed role reconnects with its new rights, a freeze makes content read-only.
   */
  applyAccess(state: WorkshopState): void;
}
