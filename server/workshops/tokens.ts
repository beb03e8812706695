/** Random identifiers and bearer tokens. Tokens are stored only as SHA-256 hashes. */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Letters and digits that cannot be confused when read aloud or typed (no 0/O, 1/I/L). */
const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomString(alphabet: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

/** A workshop or participant id: 16 characters of [a-z0-9], about 82 bits. */
export const newId = (): string => randomString(ID_ALPHABET, 16);

/** A short code a person can type from the projector: 6 characters, about 30 bits. */
export const newJoinCode = (): string => randomString(JOIN_CODE_ALPHABET, 6);

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export const normaliseJoinCode = (input: string): string => input.toUpperCase().replace(/[\s-]/g, '');

/** A bearer token: 32 random bytes, base64url (256 bits). */
export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * What the event log keeps of a browser's device id: SHA-256 over the workshop id and the device
 * id, so the same browser cannot be linked across workshops and the log never holds the id.
 */
export const hashDeviceId = (workshopId: string, deviceId: string): string =>
  createHash('sha256').update(`mufakat-device\n${workshopId}\n${deviceId}`, 'utf8').digest('hex');
