/**
 * The demo workshop, from where it rests (the consensus check, mid-way) to a sealed version,
 * through the UI and with the demo's own people only: the facilitator's console (the printed
 * link) hands each person their personal link, and each opens it in a browser of their own.
 * Every check hears each sector's quorum; the six signatories enrolled by the script sign (the
 * partner hospital as pihak ketiga).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StakeholderCategory } from '../../shared/schema/stakeholders';
import { verifyBundle } from '../../shared/charter/verifyBundle';
import { privacyLeaks, withheldNames } from '../../shared/testing/privacyWalk';
import { DRAFTED_CLAUSES, LEFT_UNDER_DISCUSSION, SIGNATORIES, STAKEHOLDERS } from '../../server/workshops/demoData';
import { newPerson } from '../support/browser';
import { e2eStage } from '../support/e2eStage';
import { PHONE, Room } from '../support/room';

const stage = e2eStage({ demo: true });

/** One voice from each sector on every check (full support): the provider's head, the partner hospital, the mother. */
/** Enough of each sector for its quorum (half its members): 2 of 4 government, 1 of 2 private, 3 of 3 civil society. */
const VOTERS = ['S1', 'S4', 'S6', 'S7', 'S8', 'S9'] as const;

const seed = (key: string) => {
  const s = DRAFTED_CLAUSES.find((c) => c.key === key);
  if (!s) throw new Error(`no demo clause ${key}`);
  return s;
};
/** Enough of the clause's text to find its card. */
const textOf = (key: string) => seed(key).text.id.slice(0, 60);
const person = (key: string) => {
  const s = STAKEHOLDERS.find((p) => p.key === key);
  if (!s) throw new Error(`no demo person ${key}`);
  return s;
};

describe('the demo to a sealed version', () => {
  it('runs from its resting step to a sealed charter with the demo’s people, each on their own personal link', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const demo = stage.server.demo!;
    const room = new Room(stage.browser, stage.server.http);
    room.workshopId = demo.workshopId;

    // The facilitator's console and the projector, from the links printed at start.
    room.console = await (await newPerson(stage.browser, { viewport: { width: 1440, height: 1000 } })).newPage();
    await room.console.goto(`${stage.server.http}/f/${demo.workshopId}#token=${demo.facilitatorToken}`);
    await room.console.getByTestId('facilitator-view').waitFor();
    room.board = await (await newPerson(stage.browser, { viewport: { width: 1280, height: 720 } })).newPage();
    await room.board.goto(`${stage.server.http}/b/${demo.workshopId}#token=${demo.boardToken}`);
    await expect.poll(() => room.board.getByTestId('step-banner').getAttribute('data-method')).toBe('consensus_check');

    const lap = (what: string) => console.log(`[demoToSealed] ${what} at ${Date.now() - started} ms`);
    lap('console and board');
    // Each person's personal link from the console's people tab, opened in their own browser.
    const people = [...new Set([...VOTERS, ...SIGNATORIES.map((s) => s.by)])];
    await room.tab(room.console, 'people');
    const links = new Map<string, string>();
    for (const key of people) {
      const row = room.console.getByTestId('person').filter({ hasText: person(key).name });
      await row.getByTestId('person-link').click();
      const url = await row.getByTestId('keep-link-url').inputValue();
      expect(url).toMatch(new RegExp(`^${stage.server.http}/w/${demo.workshopId}#token=`));
      links.set(key, url);
    }
    await Promise.all(
      people.map(async (key) => {
        // Ibu Nur Aini on her phone; Pak Darmo, who has no device, on the facilitator's borrowed tablet.
        const context = await newPerson(stage.browser, { viewport: key === 'S9' ? PHONE : { width: 1280, height: 800 } });
        const page: Page = await context.newPage();
        await page.goto(links.get(key)!);
        await page.getByTestId('participant-view').waitFor();
        expect(await page.getByTestId('me').textContent()).toContain(person(key).name);
        const p = person(key);
        room.members.set(key, { key, name: p.name, sector: p.sector, category: p.category as StakeholderCategory, page, context, phone: key === 'S9' });
      }),
    );

    lap('people');
    // The open clauses: K2 and K9 are under discussion already, the rest proposed. The consensus
    // step settles the requirements, treatment and survey; the next step the rights and
    // obligations; the signing step the Maklumat, then the freeze.
    await room.tab(room.console, 'consensus');
    for (const key of LEFT_UNDER_DISCUSSION) expect(await room.consoleClause(textOf(key)).getAttribute('data-status')).toBe('under_discussion');
    const agree = async (key: string) => {
      const text = textOf(key);
      await room.startCheck(text);
      for (const voter of VOTERS) await room.answer(voter, text, 1);
      await room.recordOutcome(text);
      await room.setStatus(text, 'agreed');
    };
    for (const key of ['K2', 'K9', 'K13']) await agree(key);
    await room.goTo('rights_obligations');
    for (const key of ['K11a', 'K11b', 'K12']) await agree(key);
    await room.goTo('sign_off');
    await agree('K14');
    lap('agreed');

    // Nothing else stands between the room and the final text: the signatories were enrolled by the demo.
    await room.tab(room.console, 'freeze');
    await expect.poll(() => room.console.getByTestId('freeze-gap').count()).toBe(0);
    await room.freeze();
    lap('frozen');
    // The six signatories sign on their own screens; the third capacity seals the version.
    for (const { by } of SIGNATORIES) {
      const p = person(by);
      const page = await room.sign(by, p.position, p.organisation);
      if (by === SIGNATORIES.at(-1)!.by) await page.getByTestId('all-signed').waitFor();
    }
    await expect.poll(() => room.board.locator('[data-testid=board-capacity][data-signed=true]').count()).toBeGreaterThanOrEqual(3);

    lap('signed');
    const file = await room.downloadBundle();
    const bundle = JSON.parse(file.toString('utf8'));
    expect(bundle.seal).toBeTruthy();
    expect(bundle.signatures.map((s: { capacity: string }) => s.capacity).sort()).toEqual(['pihak_kedua', 'pihak_ketiga', 'pihak_pertama', 'saksi', 'saksi', 'saksi']);
    const reader = await room.verify(file);
    expect(await reader.getByTestId('verdict').getAttribute('data-ok')).toBe('true');
    // The console's download link is the public view: no name without consent, no answer tied to a
    // person; the facilitator's token fetches the full record, which names the counter clerk.
    await reader.getByTestId('public-view-note').waitFor();
    const full = JSON.parse((await room.downloadBundle('full')).toString('utf8'));
    expect(bundle.format).toBe('mufakat-charter-public-bundle/1');
    expect(withheldNames(full.charter)).toContain('Rina Kusuma');
    expect(privacyLeaks(full, full.charter).length).toBeGreaterThan(0);
    expect(privacyLeaks(bundle, full.charter)).toEqual([]);
    expect(verifyBundle(full)).toMatchObject({ ok: true, summary: { view: 'full', charterSha256: bundle.charterSha256 } });

    expect(Date.now() - started, 'the demo runs to a sealed version in about a minute and a half').toBeLessThan(90_000);
  });
});
