/**
 * The server owner creates a workshop from the home page `/o` and opens its facilitator link;
 * in the console the facilitator changes the join code and hands a participant a personal link,
 * which opens that participant's own view on another device. One browser context per person.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, joinAs } from '../support/api';
import { newPerson } from '../support/browser';
import { SCREENSHOT_DIR, } from '../support/server';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage({ demo: false });

describe("the owner's home page", () => {
  it('creates a workshop, shows its facilitator link with a QR code, and the link opens the console', async () => {
    const owner = await (await newPerson(stage.browser, { viewport: { width: 1920, height: 1080 } })).newPage();
    await owner.goto(`${stage.server.http}/o#token=${stage.server.ownerToken}`);
    await owner.getByTestId('owner-view').waitFor();
    // The token leaves the address bar at once (it is the key to every workshop).
    expect(owner.url()).toBe(`${stage.server.http}/o`);

    await owner.getByTestId('owner-title').fill('Kontrak Pelayanan Puskesmas Sukamaju');
    await owner.getByTestId('owner-serviceName').fill('Pelayanan rawat jalan');
    await owner.getByTestId('owner-institution').fill('Puskesmas Kecamatan Sukamaju');
    await owner.getByTestId('owner-place').fill('Aula Kantor Camat');
    await owner.getByTestId('owner-startDate').fill('2026-03-10');
    await owner.getByTestId('owner-endDate').fill('2026-03-11');
    await owner.getByTestId('owner-timeZone').selectOption('WITA');
    await owner.getByTestId('owner-create').click();

    const card = owner.getByTestId('keep-link');
    await card.waitFor();
    const url = await owner.getByTestId('keep-link-url').inputValue();
    expect(url).toMatch(new RegExp(`^${stage.server.http}/f/[a-z0-9]{16}#token=[\\w-]{43}$`));
    expect(await card.getByTestId('qr-code').getAttribute('data-value')).toBe(url);
    expect(await card.textContent()).toContain('Simpan tautan ini');
    const item = owner.getByTestId('owner-workshop').filter({ hasText: 'Puskesmas Kecamatan Sukamaju' });
    await expect.poll(() => item.textContent()).toMatch(/10\s*[–-]\s*11 Maret 2026 \(WITA\)/);
    await owner.screenshot({ path: path.join(SCREENSHOT_DIR, 'owner-home.png') });

    await owner.getByTestId('owner-open-link').click();
    await owner.getByTestId('facilitator-view').waitFor();
    expect(await owner.getByTestId('workshop-title').textContent()).toContain('Kontrak Pelayanan Puskesmas Sukamaju');
    expect(await owner.getByTestId('me').textContent()).toContain('Fasilitator');

    // Archived, it leaves the current list and its code stops working; restored, it is back.
    await owner.goto(`${stage.server.http}/o`);
    const workshopId = url.split('/f/')[1]!.split('#')[0]!;
    const current = owner.getByTestId('owner-current').locator(`[data-workshop-id="${workshopId}"]`);
    await current.getByTestId('owner-archive').click();
    await owner.getByTestId('owner-archived').locator(`[data-workshop-id="${workshopId}"]`).waitFor();
    expect(await current.count()).toBe(0);

    const phone = await (await newPerson(stage.browser, { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${stage.server.http}/o#token=${stage.server.ownerToken}`);
    await phone.getByTestId('owner-workshop').first().waitFor();
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'owner-home-phone.png'), fullPage: true });
  });

  it('in the console: the join code changes, and a participant gets a personal link that opens their own view', async () => {
    const created = await api(stage.server.http, 'POST', '/api/owner/workshops', { title: 'Lokakarya KTP', serviceName: 'KTP-el' }, stage.server.ownerToken);
    const { workshopId, joinCode } = created.body.workshop;
    const ana = await joinAs(stage.server.http, joinCode, { name: 'Bu Ana', sector: 'civil_society', category: 'service_user' });

    const f = await (await newPerson(stage.browser, { viewport: { width: 1440, height: 1000 } })).newPage();
    await f.goto(`${stage.server.http}${created.body.path}`);
    await f.getByTestId('facilitator-view').waitFor();
    f.once('dialog', (d) => void d.accept());
    await f.getByTestId('rotate-join-code').click();
    await f.getByTestId('rotate-join-code-notice').waitFor();
    await expect.poll(() => f.getByTestId('join-code').textContent()).not.toContain(joinCode);
    expect((await api(stage.server.http, 'GET', `/api/join/${joinCode}`)).status).toBe(404);

    await f.getByTestId('tab-people').click();
    await f.getByTestId('person').filter({ hasText: 'Bu Ana' }).getByTestId('person-link').click();
    const link = await f.getByTestId('keep-link-url').inputValue();
    expect(link).toMatch(new RegExp(`^${stage.server.http}/w/${workshopId}#token=`));
    await f.screenshot({ path: path.join(SCREENSHOT_DIR, 'personal-link.png') });

    // A borrowed phone: the link opens Bu Ana's own view, as Bu Ana.
    const phone = await (await newPerson(stage.browser, { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(link);
    await phone.getByTestId('participant-view').waitFor();
    expect(await phone.getByTestId('me').textContent()).toContain('Bu Ana');
    expect(ana.participantId).toBeTruthy();
  });
});
