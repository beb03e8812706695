/**
 * Signing keys in IndexedDB (`mufakat-signing`, store `keys`), one per workshop and participant.
 * The stored value is the `StoredKey` itself: for WebCrypto the CryptoKeyPair object, which
 * IndexedDB's structured clone keeps without ever exposing the secret.
 */
import type { StoredKey } from './signer';

const DB_NAME = 'mufakat-signing';
const STORE = 'keys';

export const keySlot = (workshopId: string, participantId: string) => `${workshopId}/${participantId}`;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result as T);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function readKey(workshopId: string, participantId: string): Promise<StoredKey | null> {
  const value = await run<StoredKey | undefined>('readonly', (s) => s.get(keySlot(workshopId, participantId)));
  return value ?? null;
}

export async function saveKey(workshopId: string, participantId: string, key: StoredKey): Promise<void> {
  await run('readwrite', (s) => s.put(key, keySlot(workshopId, participantId)));
}
