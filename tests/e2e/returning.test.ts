
import { describe, expect, it } from 'vitest';
import { newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';
import { ApiWorkshop } from '../support/workshop';

const stage = e2eStage({ demo: false });

describe('coming back to a joined workshop', () => {
  it('the logo and the join link take a joined person back to their workshop, not to a second registration', async () => {
    const w = await ApiWorkshop.create(stage.server.http);
    const page = await (await newPerson(stage.browser, { viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${stage.server.http}/j/${w.joinCode}`);
    await page.getByTestId('join-name').fill('Ibu Sari');
    await page.getByTestId('join-sector').selectOption('civil_society');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('participant-view').waitFor();

    // The logo: home lists this workshop, one click from the participant view.
    await page.locator('.app-header__brand').click();
    await page.getByTestId('home-view').waitFor();
    const mine = page.getByTestId('my-workshops');
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Ibu Sari');
    await page.getByTestId(`my-workshop-${w.workshopId}`).click();
    await page.getByTestId('participant-view').waitFor();

    // The join link again (a QR code scanned twice): recognised, no form.
    await page.goto(`${stage.server.http}/j/${w.joinCode}`);
    await page.getByTestId('join-already').waitFor();
    expect(await page.getByTestId('join-already').textContent()).toContain('Ibu Sari');
    expect(await page.getByTestId('join-form').count()).toBe(0);
    await page.getByTestId('join-open-mine').click();
    await page.getByTestId('participant-view').waitFor();

    const joined = (await w.events()).filter((e) => e.type === 'participantJoined' && e.data.participant.displayName === 'Ibu Sari');
    expect(joined).toHaveLength(1);

    // "Not me" still lets a shared device register someone else.
    await page.goto(`${stage.server.http}/j/${w.joinCode}`);
    await page.getByTestId('join-someone-else').click();
    await page.getByTestId('join-form').waitFor();

    // A token the server no longer accepts is not a membership.
    await w.as('F').must({ type: 'revokeParticipant', participantId: joined[0].data.participant.id });
    await page.goto(`${stage.server.http}/j/${w.joinCode}`);
    await page.getByTestId('join-form').waitFor();
    expect(await page.getByTestId('join-already').count()).toBe(0);
  });
});
