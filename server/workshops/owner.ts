/**
 * The owner of the server: whoever started it (`npm start` prints the owner link) or holds the
 * deployment's `MUFAKAT_ADMIN_TOKEN`. The owner creates, lists and archives workshops and can
 * issue a fresh facilitator link for any of them (a lost link is not a lost workshop).
 *
 * Owner tokens are stored as SHA-256 hashes only, like every other token: each start adds a
 * fresh one to print, and earlier ones keep working, the same as the printed facilitator link.
 * A token cannot be printed twice because the server never keeps it; keeping all of them
 * means a link written down last week still opens the home page today.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Directory } from '../storage/Storage';
import { hashToken, newToken } from './tokens';

export type OwnerStore = Pick<Directory, 'addOwnerToken' | 'isOwnerTokenHash'>;

/** A fresh owner token, stored as its hash. */
export async function issueOwnerToken(storage: OwnerStore): Promise<string> {
  const token = newToken();
  await storage.addOwnerToken(hashToken(token), Date.now());
  return token;
}

/** Whether `token` is an owner token: a stored one, or the configured admin token. */
export async function isOwnerToken(storage: OwnerStore, adminToken: string | null, token: string | null): Promise<boolean> {
  if (!token) return false;
  const hash = hashToken(token);
  // Compare digests, not the strings: equal length, and no early exit on the first difference.
  if (adminToken && timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(hashToken(adminToken), 'hex'))) return true;
  return storage.isOwnerTokenHash(hash);
}
