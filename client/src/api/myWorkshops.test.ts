import { describe, expect, it } from 'vitest';
import { myWorkshops } from './myWorkshops';

function store(entries: Record<string, string>) {
  const keys = Object.keys(entries);
  return { length: keys.length, key: (i: number) => keys[i] ?? null, getItem: (k: string) => (Object.hasOwn(entries, k) ? entries[k]! : null) };
}

const info = (workshopId: string, title: string, name: string, role: string) =>
  JSON.stringify({ workshopId, title, serviceName: 'KTP', joinCode: 'K7P2QX', me: { participantId: 'p1', name, role, sector: 'government', category: 'provider_unit' } });

describe('myWorkshops', () => {
  it('lists the workshops this device holds a member token for, with the page each person works on', () => {
    const found = myWorkshops(
      store({
        'mufakat.lang': 'id',
        'mufakat.token.ws000001': 'tok-a',
        'mufakat.workshop.ws000001': info('ws000001', 'Puskesmas Sukamaju', 'Ibu Sari', 'participant'),
        'mufakat.token.ws000002': 'tok-b',
        'mufakat.workshop.ws000002': info('ws000002', 'Disdukcapil', 'Pak Budi', 'facilitator'),
        'mufakat.token.ws000003.board': 'tok-board',
        'mufakat.unsaved.ws000001': '1',
      }),
    );
    expect(found).toEqual([
      { workshopId: 'ws000002', title: 'Disdukcapil', name: 'Pak Budi', href: '/f/ws000002' },
      { workshopId: 'ws000001', title: 'Puskesmas Sukamaju', name: 'Ibu Sari', href: '/w/ws000001' },
    ]);
  });

  it('keeps a workshop whose details were never loaded, and ignores what is not a workshop id', () => {
    const found = myWorkshops(store({ 'mufakat.token.ws000004': 'tok', 'mufakat.token.__proto__': 'x', 'mufakat.token.ws000005': '', 'mufakat.workshop.ws000004': '{oops' }));
    expect(found).toEqual([{ workshopId: 'ws000004', title: null, name: null, href: '/w/ws000004' }]);
  });
});
