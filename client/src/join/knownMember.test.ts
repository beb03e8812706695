import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { knownMember } from './knownMember';

const ID = 'ws000001';
let storage: Map<string, string>;
const me = (role: string) => ({ workshopId: ID, title: 'Puskesmas Sukamaju', me: { participantId: 'p1', name: 'Ibu Sari', role } });

beforeEach(() => {
  storage = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
  });
});
afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('knownMember (the join page\'s "you already joined")', () => {
  it('is nobody without a stored token, and asks no server', async () => {
    const fetch = answer(200, me('participant'));
    expect(await knownMember(ID)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is the person the server still knows by the stored token, on the page of their role', async () => {
    storage.set(`mufakat.token.${ID}`, 'tok');
    const fetch = answer(200, me('participant'));
    expect(await knownMember(ID)).toEqual({ name: 'Ibu Sari', href: `/w/${ID}` });
    expect(fetch.mock.calls[0]).toMatchObject([`/api/workshops/${ID}`, { headers: { Authorization: 'Bearer tok' } }]);
    answer(200, me('co_facilitator'));
    expect(await knownMember(ID)).toEqual({ name: 'Ibu Sari', href: `/f/${ID}` });
  });

  it('is nobody when the server refuses the token (revoked, unknown): the form shows', async () => {
    storage.set(`mufakat.token.${ID}`, 'tok');
    answer(401, { error: { code: 'unauthorized', message: 'no' } });
    expect(await knownMember(ID)).toBeNull();
  });

  it('offline, a stored token counts: the cached name if this device has one', async () => {
    storage.set(`mufakat.token.${ID}`, 'tok');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await knownMember(ID)).toEqual({ name: null, href: `/w/${ID}` });
    storage.set(`mufakat.workshop.${ID}`, JSON.stringify(me('participant')));
    expect(await knownMember(ID)).toEqual({ name: 'Ibu Sari', href: `/w/${ID}` });
  });
});
