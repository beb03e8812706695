import { useCallback, useEffect, useState } from 'react';
import { readKey, saveKey } from './keyStore';
import { createSigningKey, type StoredKey } from './signer';

export interface SigningKeyState {
  /** The key kept in this browser for this workshop and person, or null (none yet). */
  key: StoredKey | null;
  loading: boolean;
  error: string | null;
  /** Makes a new key pair and stores it (replacing the one kept here). */
  create: () => Promise<StoredKey | null>;
}

/** The signatory's key from IndexedDB; `create` makes and stores a new one. */
export function useSigningKey(workshopId: string, participantId: string): SigningKeyState {
  const [key, setKey] = useState<StoredKey | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    readKey(workshopId, participantId).then(
      (stored) => {
        if (cancelled) return;
        setKey(stored);
        setLoading(false);
      },
      (e: unknown) => {
        if (cancelled) return;
        setError(String(e));
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, participantId]);

  const create = useCallback(async () => {
    try {
      const fresh = await createSigningKey();
      await saveKey(workshopId, participantId, fresh);
      setKey(fresh);
      setError(null);
      return fresh;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }
  }, [workshopId, participantId]);

  return { key, loading, error, create };
}
