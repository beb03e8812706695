import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../../shared/protocol';
import { verdictOnClose } from './refusedWrites';

const refusedWrite = { code: CloseCode.forbidden, permissionDenied: true, resyncingAfterDiscard: false };

describe('a refused local update', () => {
  it('is discarded and the document resynced read-only when the server refused our write', () => {
    expect(verdictOnClose(refusedWrite)).toBe('discard_and_resync');
  });

  it('is kept when the socket was refused at connect time, without a permission-denied message', () => {
    expect(verdictOnClose({ ...refusedWrite, permissionDenied: false })).toBe('keep');
  });

  it('is kept for every other close: edits wait for the next connection', () => {
    for (const code of [null, 1001, 1006, CloseCode.reconnect, CloseCode.unauthorized, CloseCode.badMessage, CloseCode.tooLarge, CloseCode.storageFailed]) {
      expect(verdictOnClose({ ...refusedWrite, code }), String(code)).toBe('keep');
    }
  });

  it('is not discarded twice in a row: a resync refused again stays closed instead of looping', () => {
    expect(verdictOnClose({ ...refusedWrite, resyncingAfterDiscard: true })).toBe('keep');
  });
});
