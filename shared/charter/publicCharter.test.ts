import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/charter-bundle.v1.json';
import type { StakeholderCard } from '../schema/stakeholderCard';
import { signedBundle, TEST_SEAL_SECRET } from '../testing/charterKit';
import { privacyLeaks } from '../testing/privacyWalk';
import type { CharterBundle } from './bundle';
import { canonicalHash } from './canonical';
import type { CharterClause, CharterDocument } from './charterDocument';
import { charterMarkdown } from './charterMarkdown';
import { BY_PARTICIPANTS, publicBundle, publicCharter } from './publicCharter';
import { verifyBundle } from './verifyBundle';

const { bundle } = signedBundle('full');

const card = (id: string, name: string, consent: boolean, extra: Partial<StakeholderCard> = {}): StakeholderCard => ({
  id: id as StakeholderCard['id'],
  name,
  category: 'service_user',
  sector: 'civil_society',
  power: 2,
  interest: 4,
  salience: { power: false, legitimacy: true, urgency: true },
  userGroupIds: [],
  isVulnerableGroupRep: false,
  publishNameConsent: consent,
  ...extra,
});

/** The signed charter plus people who answered: Rina (her card says no), Lestari (yes), Darmo (no card). */
function withAnswers(): CharterDocument {
  const c = structuredClone(bundle.charter);
  c.stakeholders.push(card('c-rina', 'Rina Kusuma', false, { organisation: 'Dinas Dukcapil', position: 'Petugas loket', sector: 'government' }), card('c-lestari', 'Lestari', true));
  c.participantsBySector.government.push({ participantId: 'p-rina' as never, displayName: 'Rina Kusuma', role: 'participant' });
  c.participantsBySector.civil_society.push({ participantId: 'p-lestari' as never, displayName: 'Lestari', role: 'participant' }, { participantId: 'p-darmo' as never, displayName: 'Pak Darmo', role: 'participant' });
  const clause = c.sections.flatMap((s) => s.clauses).find((cl) => cl.consensus)!;
  const consensus = clause.consensus as NonNullable<CharterClause['consensus']>;
  consensus.result.reservations = [
    { participantId: 'p-rina' as never, text: 'Loket kami kekurangan petugas' },
    { participantId: 'p-darmo' as never, text: 'Warga RW belum tahu syaratnya' },
  ];
  consensus.result.blockers = [{ participantId: 'p-lestari' as never, reason: 'Biaya tersembunyi' }];
  consensus.result.standAsides = ['p-darmo' as never];
  consensus.result.dissenters = ['p-rina' as never];
  consensus.minorityReport = { text: { id: 'Kami meminta 3 hari', en: 'We ask for 3 days' }, authorIds: ['p-rina' as never, 'p-lestari' as never] };
  return c;
}

describe('publicCharter', () => {
  it('names only with consent and keeps answers per sector, without the person', () => {
    const full = withAnswers();
    expect(privacyLeaks(full, full).length).toBeGreaterThan(0);
    const view = publicCharter(full);
    expect(privacyLeaks(view, full)).toEqual([]);

    const names = Object.values(view.participantsBySector).flat().map((p) => p.displayName);
    expect(names).toContain('Lestari');
    expect(names).toContain('Peserta unsur pemerintah 2');
    expect(names).toContain('Peserta unsur masyarakat 5');
    expect(view.stakeholders.find((s) => s.id === 'c-rina')?.name).toBe('Petugas loket, Dinas Dukcapil');
    expect(view.stakeholders.find((s) => s.id === 'c-lestari')?.name).toBe('Lestari');
    // Signatories sign under their name.
    expect(view.signatories.map((s) => s.displayName)).toEqual(full.signatories.map((s) => s.displayName));

    const consensus = view.sections.flatMap((s) => s.clauses).find((cl) => cl.consensus)!.consensus!;
    expect(consensus.result.reservations).toEqual([
      { sector: 'government', text: 'Loket kami kekurangan petugas' },
      { sector: 'civil_society', text: 'Warga RW belum tahu syaratnya' },
    ]);
    expect(consensus.result.blockers).toEqual([{ sector: 'civil_society', reason: 'Biaya tersembunyi' }]);
    expect(consensus.result.standAsides).toEqual([{ sector: 'civil_society' }]);
    expect(consensus.result.dissenters).toEqual([{ sector: 'government' }]);
    // One author without consent: the report is the participants'.
    expect(consensus.minorityReport).toEqual({ text: { id: 'Kami meminta 3 hari', en: 'We ask for 3 days' }, authors: [], attribution: BY_PARTICIPANTS });
  });

  it('attributes a minority report when every author consents', () => {
    const full = withAnswers();
    const consensus = full.sections.flatMap((s) => s.clauses).find((cl) => cl.consensus)!.consensus!;
    consensus.minorityReport!.authorIds = ['p-lestari' as never];
    const report = publicCharter(full).sections.flatMap((s) => s.clauses).find((cl) => cl.consensus)!.consensus!.minorityReport!;
    expect(report.authors).toEqual(['Lestari']);
    expect(report.attribution.id).toBe('Lestari');
  });

  it('names a partner that a pihak ketiga signs for, even when its card says no', () => {
    const full = withAnswers();
    full.stakeholders.push(card('c-clinic', 'RSIA Sehat Bunda', false, { organisation: 'Klinik bersalin swasta', sector: 'private' }));
    const partner = { stakeholderId: 'c-clinic', name: 'RSIA Sehat Bunda', organisation: 'Klinik bersalin swasta' };
    full.signatories[0] = { ...full.signatories[0]!, partner };
    const view = publicCharter(full);
    expect(view.stakeholders.find((s) => s.id === 'c-clinic')?.name).toBe('RSIA Sehat Bunda');
    expect(view.signatories[0]!.partner).toEqual(partner);
    expect(view.stakeholders.find((s) => s.id === 'c-rina')?.name).not.toBe('Rina Kusuma');
  });

  it('a card that says no wins, and a participant with no card is not named', () => {
    const full = withAnswers();
    full.stakeholders.push(card('c-rina-2', 'Rina Kusuma', true));
    const names = Object.values(publicCharter(full).participantsBySector).flat().map((p) => p.displayName);
    expect(names).not.toContain('Rina Kusuma');
    expect(names).not.toContain('Pak Darmo');
  });

  it('is deterministic: anyone holding the full bundle recomputes the public digest', () => {
    const a = publicBundle(bundle, TEST_SEAL_SECRET);
    const b = publicBundle(structuredClone(bundle), TEST_SEAL_SECRET);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.publicSha256).toBe(canonicalHash(publicCharter(bundle.charter)));
    expect(a.charterSha256).toBe(bundle.charterSha256);
  });
});

describe('the public bundle verifies', () => {
  it('a sealed public bundle verifies; its signatures still cover the full charter digest', () => {
    const pub = publicBundle(bundle, TEST_SEAL_SECRET);
    const verdict = verifyBundle(pub);
    expect(verdict).toMatchObject({ ok: true, summary: { view: 'public', charterSha256: bundle.charterSha256 } });
    expect(verifyBundle(bundle)).toMatchObject({ ok: true, summary: { view: 'full' } });
  });

  it('refuses a changed public view, a changed link to the full digest, a full seal on a public view, and a public view passed off as the full charter', () => {
    const pub = publicBundle(bundle, TEST_SEAL_SECRET);
    const renamed = structuredClone(pub);
    renamed.charter.participantsBySector.civil_society[0]!.displayName = 'Orang lain';
    expect(verifyBundle(renamed)).toMatchObject({ ok: false, code: 'charter_hash_mismatch' });
    renamed.publicSha256 = canonicalHash(renamed.charter);
    expect(verifyBundle(renamed)).toMatchObject({ ok: false, code: 'bad_seal' });

    expect(verifyBundle({ ...pub, charterSha256: 'ab'.repeat(32) })).toMatchObject({ ok: false, code: 'bad_signature' });
    expect(verifyBundle({ ...pub, seal: bundle.seal })).toMatchObject({ ok: false, code: 'bad_seal' });
    const { publicSha256: _p, ...withoutDigest } = pub;
    expect(verifyBundle({ ...withoutDigest, format: 'mufakat-charter-bundle/1' })).toMatchObject({ ok: false, code: 'unknown_charter_format' });
    expect(verifyBundle(withoutDigest)).toMatchObject({ ok: false, code: 'malformed' });
  });

  it('an old bundle (format 1 fixture) still verifies, and so does its public view', () => {
    const old = fixture as unknown as CharterBundle;
    expect(verifyBundle(old).ok).toBe(true);
    expect(verifyBundle(publicBundle(old, TEST_SEAL_SECRET)).ok).toBe(true);
  });

  it('an unsealed bundle gives an unsealed public view', () => {
    const { seal: _s, ...unsealed } = bundle;
    expect(publicBundle(unsealed, TEST_SEAL_SECRET).seal).toBeUndefined();
  });

  it('the public Markdown says who submitted a minority report only with consent', () => {
    const full = withAnswers();
    const md = charterMarkdown({ ...publicBundle(bundle, TEST_SEAL_SECRET), charter: publicCharter(full) });
    expect(md).toContain('(disampaikan oleh peserta): Kami meminta 3 hari');
    expect(md).not.toContain('Rina Kusuma');
  });
});
