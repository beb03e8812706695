/**
 * The join page a scanned QR code opens is plain DOM (client/src/join/): no React, no i18next.
 * Leaving it hands the same document over to the React app (client/src/boot.tsx).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';
import { ApiWorkshop } from '../support/workshop';

const stage = e2eStage({ demo: false });
const PHONE = { viewport: { width: 390, height: 844 } };

/** The scripts the page fetched (paths), in order. */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}
const REACT_CHUNKS = /\/assets\/(react|i18n|boot)-/;

/** Set before an action; still set afterwards only if the page was not reloaded. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { sameDocument: true }));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

describe('the join page without React', () => {
  it('a phone opening the join link loads no React; after joining the participant view opens in the same page', async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    const page = await (await newPerson(stage.browser, PHONE)).newPage();
    const scripts = scriptsOf(page);
    await page.goto(`${stage.server.http}/j/${w.joinCode}`);
    await page.getByTestId('join-form').waitFor();
    expect(scripts.filter((s) => REACT_CHUNKS.test(s))).toEqual([]);
    expect(await page.title()).toBe('Uji lokakarya · Mufakat');
    expect(await accessibilityViolations(page)).toEqual([]);

    // English, fetched on the click (its own small chunk, not the app's whole catalogue).
    expect(scripts.filter((s) => s.startsWith('/assets/en-'))).toEqual([]);
    await page.getByTestId('language-en').click();
    await page.getByText('Your name', { exact: true }).waitFor();
    expect(scripts.filter((s) => s.startsWith('/assets/en-'))).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('language-en').getAttribute('aria-pressed')).toBe('true');
    expect(scripts.filter((s) => REACT_CHUNKS.test(s))).toEqual([]);

    // A missing name: said, and the field gets the focus.
    await page.getByTestId('join-submit').click();
    expect(await page.getByTestId('join-error').textContent()).toBe('Enter your name.');
    expect(await focusedTestId(page)).toBe('join-name');
    expect(await page.getByTestId('join-name').getAttribute('aria-invalid')).toBe('true');

    // Back to Bahasa Indonesia and again to English: every text follows, what was typed stays.
    await page.getByTestId('join-name').fill('Ibu Nur');
    await page.getByTestId('language-id').click();
    await page.getByText('Nama Anda', { exact: true }).waitFor();
    expect(await page.getByTestId('join-error').textContent()).toBe('Isi nama Anda.');
    await page.getByTestId('language-en').click();
    await page.getByText('Your name', { exact: true }).waitFor();
    expect(await page.getByTestId('join-error').textContent()).toBe('Enter your name.');
    expect(await page.getByTestId('join-name').inputValue()).toBe('Ibu Nur');

    // The category follows the sector (its own sector's categories first).
    await page.getByTestId('join-sector').selectOption('government');
    expect(await page.getByTestId('join-category').inputValue()).toBe('provider_unit');
    expect(await page.locator('[data-testid=join-category] optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).toEqual([
      'For this sector',
      'Other categories',
    ]);
    await page.getByTestId('join-sector').selectOption('civil_society');
    await page.getByTestId('join-category').selectOption('service_user');
    await page.getByTestId('join-user-group').fill('Lansia');

    await markDocument(page);
    await page.getByTestId('join-submit').click();
    await page.getByTestId('participant-view').waitFor();
    expect(await sameDocument(page)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/w/${w.workshopId}`);
    expect(await page.evaluate((id) => localStorage.getItem(`mufakat.token.${id}`), w.workshopId)).toBeTruthy();
    expect(scripts.some((s) => REACT_CHUNKS.test(s))).toBe(true);
    // The app took over the page (the join page is gone) in the language chosen there.
    expect(await page.getByTestId('join-view').count()).toBe(0);
    expect(await page.locator('.app-header').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('language-en').getAttribute('aria-pressed')).toBe('true');

    const joined = (await w.events()).filter((e) => e.type === 'participantJoined' && e.data.participant.displayName === 'Ibu Nur');
    expect(joined).toHaveLength(1);
    expect(joined[0].data.participant).toMatchObject({ sector: 'civil_society', category: 'service_user' });
    // The user group is personal data: the server's directory keeps it, the person reads it back.
    const me = await page.evaluate(async (id) => {
      const response = await fetch(`/api/workshops/${id}`, { headers: { Authorization: `Bearer ${localStorage.getItem(`mufakat.token.${id}`)}` } });
      return ((await response.json()) as { me: unknown }).me;
    }, w.workshopId);
    expect(me).toMatchObject({ name: 'Ibu Nur', category: 'service_user', userGroup: 'Lansia' });
  });

  it('every page but the join page starts downloading the React app with the page, not after the entry has run', async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    const opened = async (path: string) => {
      const page = await (await newPerson(stage.browser, PHONE)).newPage();
      const scripts = scriptsOf(page);
      // Without the entry, only the page itself (vite.config.ts preloadAppOffJoinPage) can ask for React.
      await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
      await page.goto(`${stage.server.http}${path}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      await page.context().close();
      return scripts.filter((s) => REACT_CHUNKS.test(s)).map((s) => s.replace(/-[\w-]+\.js$/, ''));
    };
    expect(await opened(`/j/${w.joinCode}`)).toEqual([]);
    expect(await opened('/')).toEqual(expect.arrayContaining(['/assets/boot', '/assets/react', '/assets/i18n']));
    expect(await opened(`/w/${w.workshopId}`)).toEqual(expect.arrayContaining(['/assets/boot', '/assets/react', '/assets/i18n']));
  });

  it('"use another code" opens home in the same page; back shows the join page again, now inside the app', async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    const page = await (await newPerson(stage.browser, PHONE)).newPage();
    await page.goto(`${stage.server.http}/j/NOSUCH`);
    expect(await page.getByTestId('join-lookup-error').textContent()).toContain('Kode NOSUCH tidak dikenal');
    await markDocument(page);
    await page.getByRole('link', { name: 'Pakai kode lain' }).click();
    await page.getByTestId('home-view').waitFor();
    expect(await sameDocument(page)).toBe(true);

    await page.goBack();
    await page.getByTestId('join-lookup-error').waitFor();
    await page.getByRole('link', { name: 'Pakai kode lain' }).click();
    await page.getByTestId('home-view').waitFor();

    // From home to the right code: the same join page inside the app, and in.
    await page.getByTestId('join-code-input').fill(w.joinCode.toLowerCase());
    await page.getByTestId('join-code-submit').click();
    await page.getByTestId('join-name').fill('Pak Budi');
    await page.getByTestId('join-sector').selectOption('private');
    expect(await page.getByTestId('join-category').inputValue()).toBe('private_provider');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('participant-view').waitFor();
    expect(await sameDocument(page)).toBe(true);
    expect((await w.events()).filter((e) => e.type === 'participantJoined' && e.data.participant.displayName === 'Pak Budi')).toHaveLength(1);
  });

  it('a failed lookup offers a retry; a device the facilitator removed is told so', async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    const page = await (await newPerson(stage.browser, PHONE)).newPage();
    await page.route('**/api/join/*', (route) => route.abort());
    await page.goto(`${stage.server.http}/j/${w.joinCode}`);
    expect(await page.getByTestId('join-lookup-error').textContent()).toContain('Tidak dapat menghubungi server');
    await page.unroute('**/api/join/*');
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByTestId('join-name').fill('Ibu Sari');
    await page.getByTestId('join-sector').selectOption('civil_society');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('participant-view').waitFor();

    const joined = (await w.events()).find((e) => e.type === 'participantJoined' && e.data.participant.displayName === 'Ibu Sari');
    await w.as('F').must({ type: 'revokeParticipant', participantId: joined.data.participant.id });
    await page.goto(`${stage.server.http}/j/${w.joinCode}`);
    await page.getByTestId('join-name').fill('Ibu Sari lagi');
    await page.getByTestId('join-sector').selectOption('civil_society');
    await page.getByTestId('join-submit').click();
    expect(await page.getByTestId('join-error').textContent()).toContain('Fasilitator telah mengeluarkan peserta dari perangkat ini');
    expect(await focusedTestId(page)).toBe('join-submit');
    expect(await page.getByTestId('join-submit').isEnabled()).toBe(true);
  });
});
