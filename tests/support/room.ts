/**
 * A whole workshop through the browser only, as the people in the room do it: the owner's page,
 * the console on the facilitator's laptop, the board on the projector, each participant on their
 * own device (one browser context each). Step functions read like the agenda; every check that
 * a screen is usable (the board's focus inside the projector's window, axe-core, screenshots) is
 * in `screens()`, so each step calls it once.
 *
 * The test makes no API calls of its own: every link it follows was shown on a screen.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AgendaMethod } from '../../shared/schema/agenda';
import type { Sector, StakeholderCategory } from '../../shared/schema/stakeholders';
import { accessibilityViolations, type AxeViolation, newPerson, type SocketWatch, watchSockets } from './browser';
import { SCREENSHOT_DIR } from './server';

export const PROJECTOR = { width: 1920, height: 1080 } as const;
export const PHONE = { width: 390, height: 844 } as const;
const LAPTOP = { width: 1366, height: 768 } as const;

export interface Member {
  key: string;
  name: string;
  sector: Sector;
  category: StakeholderCategory;
  page: Page;
  context: BrowserContext;
  phone: boolean;
}

/** A screen the test keeps open from start to end: its sockets must never drop. */
interface Watched {
  name: string;
  page: Page;
  watch: SocketWatch;
}

export class Room {
  console!: Page;
  board!: Page;
  workshopId = '';
  joinUrl = '';
  readonly members = new Map<string, Member>();
  private readonly watched: Watched[] = [];
  readonly axeFindings: { screen: string; step: string; problems: AxeViolation[] }[] = [];

  constructor(
    readonly browser: Browser,
    readonly http: string,
  ) {}

  member(key: string): Member {
    const m = this.members.get(key);
    if (!m) throw new Error(`nobody called ${key}`);
    return m;
  }

  private watch(name: string, page: Page): void {
    this.watched.push({ name, page, watch: watchSockets(page) });
  }

  // ---------------------------------------------------------------- the room's screens

  /**
   * After each step: the element the facilitator has in focus on the board lies inside the
   * projector's window; axe-core finds nothing serious on the given screens.
   */
  async screens(step: string, pages: { name: string; page: Page }[] = []): Promise<void> {
    await this.expectFocusInView(step);
    await this.axe(step, [{ name: 'board', page: this.board }, { name: 'console', page: this.console }, ...pages]);
  }

  /** What the board spotlights: the stage's own view (grid, vote, spotlight, clauses, signing). */
  focusOnBoard(): Locator {
    return this.board.locator('.board__stage > :first-child');
  }

  async expectFocusInView(step: string): Promise<void> {
    const element = this.focusOnBoard();
    await element.waitFor();
    const inside = async () => {
      const box = (await element.boundingBox())!;
      const overflow = await this.board.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
      const fits = box.x >= 0 && box.y >= 0 && box.x + box.width <= PROJECTOR.width + 0.5 && box.y + box.height <= PROJECTOR.height + 0.5 && overflow <= 0;
      return { fits, box: `${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}` };
    };
    await expect.poll(async () => (await inside()).fits, { message: `board focus inside ${PROJECTOR.width}x${PROJECTOR.height} at ${step}` }).toBe(true);
  }

  async axe(step: string, pages: { name: string; page: Page }[]): Promise<void> {
    for (const { name, page } of pages) {
      const problems = await accessibilityViolations(page);
      if (problems.length > 0) this.axeFindings.push({ screen: name, step, problems });
    }
  }

  /** A picture of the screen as people see it: from the top, or with `at` in the middle of the window. */
  async shoot(page: Page, name: string, at?: Locator): Promise<void> {
    if (at) await at.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
  }

  /** Every sync socket of every screen kept open is still open. */
  unexpectedCloses(): { screen: string; closed: string[] }[] {
    return this.watched.filter((w) => w.watch.closed.length > 0).map((w) => ({ screen: w.name, closed: w.watch.closed }));
  }

  // ---------------------------------------------------------------- opening

  /** The server owner, on the laptop that runs the room, creates the workshop and opens its console. */
  async ownerCreatesWorkshop(ownerLink: string, details: Record<'title' | 'serviceName' | 'institution' | 'place' | 'startDate' | 'endDate', string>, timeZone: string): Promise<void> {
    const laptop = await newPerson(this.browser, { viewport: { width: 1440, height: 900 } });
    const page = await laptop.newPage();
    await page.goto(ownerLink);
    await page.getByTestId('owner-view').waitFor();
    for (const [field, value] of Object.entries(details)) await page.getByTestId(`owner-${field}`).fill(value);
    await page.getByTestId('owner-timeZone').selectOption(timeZone);
    await page.getByTestId('owner-create').click();
    await page.getByTestId('keep-link').waitFor();
    const link = await page.getByTestId('keep-link-url').inputValue();
    this.workshopId = /\/f\/([a-z0-9]+)#/.exec(link)![1]!;
    await this.axe('owner', [{ name: 'owner home', page }]); // its picture comes from owner.test.ts
    await page.getByTestId('owner-open-link').click();
    await page.getByTestId('facilitator-view').waitFor();
    await page.getByTestId('agenda-stepper').waitFor();
    this.console = page;
    this.watch('console', page);
  }

  /** The console offers the standard agenda; the projector opens the board from the console's link. */
  async setUpAgendaAndBoard(): Promise<void> {
    await this.console.getByTestId('agenda-use-standard').click();
    await this.console.getByTestId('agenda-step-promotion').waitFor();
    await this.console.getByTestId('board-link-create').click();
    const boardUrl = await this.console.getByTestId('board-link-url').inputValue();
    const projector = await newPerson(this.browser, { viewport: PROJECTOR });
    this.board = await projector.newPage();
    this.watch('board', this.board);
    await this.board.goto(boardUrl);
    await this.board.getByTestId('board-view').waitFor();
    this.joinUrl = (await this.board.getByTestId('qr-code').getAttribute('data-value'))!;
    expect(this.joinUrl).toContain(`/j/${await this.board.getByTestId('join-code').first().textContent()}`);
  }

  /** Someone scans the board's QR code with their own device and joins. */
  async join(key: string, name: string, sector: Sector, category: StakeholderCategory, device: 'laptop' | 'phone'): Promise<Member> {
    const context = await newPerson(this.browser, { viewport: device === 'phone' ? PHONE : LAPTOP });
    const page = await context.newPage();
    this.watch(key, page);
    await page.goto(this.joinUrl);
    await page.getByTestId('join-name').fill(name);
    await page.getByTestId('join-sector').selectOption(sector);
    await page.getByTestId('join-category').selectOption(category);
    if (this.members.size === 0) await this.axe('join', [{ name: 'join form', page }]);
    await page.getByTestId('join-submit').click();
    await page.getByTestId('participant-view').waitFor();
    const m: Member = { key, name, sector, category, page, context, phone: device === 'phone' };
    this.members.set(key, m);
    return m;
  }

  // ---------------------------------------------------------------- the agenda

  /** The console moves the room to a step; the board and every participant follow. */
  async goTo(method: AgendaMethod): Promise<void> {
    await this.console.getByTestId(`agenda-step-${method}`).click();
    await expect.poll(() => this.board.getByTestId('step-banner').getAttribute('data-method')).toBe(method);
    for (const m of this.members.values()) await expect.poll(() => m.page.getByTestId('step-banner').getAttribute('data-method')).toBe(method);
  }

  /** The console's "next" button. */
  async nextStep(expected: AgendaMethod): Promise<void> {
    await this.console.getByTestId('agenda-next').click();
    await expect.poll(() => this.board.getByTestId('step-banner').getAttribute('data-method')).toBe(expected);
  }

  /** Opens a tab unless the screen followed the room there already. */
  async tab(page: Page, tab: string): Promise<void> {
    const button = page.getByTestId(`tab-${tab}`);
    if ((await button.getAttribute('aria-selected')) !== 'true') await button.click();
    await expect.poll(() => button.getAttribute('aria-selected')).toBe('true');
  }

  // ---------------------------------------------------------------- stakeholders

  async addStakeholder(key: string, name: string, category: StakeholderCategory, power: number, interest: number): Promise<void> {
    const { page } = this.member(key);
    await this.tab(page, 'mapping');
    await page.getByTestId('add-stakeholder-name').fill(name);
    await page.getByTestId('add-stakeholder-category').selectOption(category);
    await page.getByTestId('add-stakeholder-power').selectOption(String(power));
    await page.getByTestId('add-stakeholder-interest').selectOption(String(interest));
    await page.getByTestId('add-stakeholder-submit').click();
    await this.card(this.board, name).waitFor();
  }

  card(page: Page, name: string): Locator {
    return page.locator(`[data-testid=stakeholder-card][data-name="${name}"]`);
  }

  /** Picks a card up with the keyboard and moves it (Space, arrow, Space), as dnd-kit announces. */
  async moveCardWithKeyboard(key: string, name: string, arrow: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown'): Promise<void> {
    const { page } = this.member(key);
    await this.card(page, name).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press(arrow);
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
  }

  // ---------------------------------------------------------------- clauses

  clause(page: Page, text: string): Locator {
    return page.locator('[data-testid=clause]', { hasText: text });
  }

  /** Proposes a clause from the drafting panel (a participant's, or the console's). */
  async propose(page: Page, section: string, text: string, rationale: string, measures?: { unit: string; ask: string; baseline: string; commitment: string }): Promise<void> {
    await this.tab(page, 'clauses');
    await page.getByTestId('propose-toggle').click();
    await page.getByTestId('propose-section').selectOption(section);
    await page.getByTestId('propose-text').fill(text);
    await page.getByTestId('propose-rationale').fill(rationale);
    if (measures) {
      for (const which of ['ask', 'baseline', 'commitment'] as const) {
        const field = page.getByTestId(`propose-${which}`);
        await field.getByTestId(`propose-${which}-value`).fill(measures[which]);
        await field.locator('select').selectOption(measures.unit);
      }
    }
    await page.getByTestId('propose-submit').click();
    await this.clause(page, text).waitFor();
  }

  /** Several people type into one clause's working text at the same moment; all of it reaches everyone. */
  async typeTogether(clauseText: string, writers: [key: string, text: string][]): Promise<void> {
    const editors: { page: Page; editor: Locator }[] = [];
    for (const [key] of writers) {
      const { page } = this.member(key);
      await this.tab(page, 'clauses');
      const card = this.clause(page, clauseText);
      await card.getByTestId('clause-text-toggle').click();
      const editor = card.getByTestId('clause-editor');
      await editor.waitFor();
      editors.push({ page, editor });
    }
    // Everyone clicks in, then types at once: the keystrokes interleave on the server.
    for (const { editor } of editors) await editor.click();
    await Promise.all(writers.map(([, text], i) => editors[i]!.page.keyboard.type(text, { delay: 15 })));
    for (const { editor } of editors) {
      for (const [, text] of writers) await expect.poll(() => editor.textContent(), { timeout: 15_000 }).toContain(text);
    }
    for (const { page } of editors) await page.locator('[data-testid=sync-status][data-state=saved]').waitFor();
  }

  // ---------------------------------------------------------------- service flow

  async addFlowSteps(key: string, steps: [unit: string, action: string, documents: string][]): Promise<void> {
    const { page } = this.member(key);
    await this.tab(page, 'flow');
    for (const [unit, action, documents] of steps) {
      const before = await page.getByTestId('flow-row').count();
      await page.getByTestId('flow-add').click();
      const row = page.getByTestId('flow-row').nth(before);
      await row.getByTestId('flow-unit').fill(unit);
      await row.getByTestId('flow-action').fill(action);
      await row.getByTestId('flow-documents').fill(documents);
    }
    // Everyone sees the same chart: the console's copy of the flow.
    await this.tab(this.console, 'flow');
    await expect.poll(() => this.console.getByTestId('flow-chart').getByTestId('flow-chart-step').count()).toBe(steps.length);
  }

  // ---------------------------------------------------------------- dot vote

  async configureAndOpenVote(budget: number): Promise<void> {
    await this.tab(this.console, 'vote');
    await this.console.getByTestId('vote-config-budget').fill(String(budget));
    await this.console.getByTestId('vote-config-submit').click();
    await this.console.getByTestId('vote-open').click();
    await this.console.locator('[data-testid=vote-round][data-status=open]').waitFor();
  }

  async dots(key: string, clauseText: string, times: number): Promise<void> {
    const { page } = this.member(key);
    await this.tab(page, 'vote');
    const option = page.locator('[data-testid=vote-option]', { hasText: clauseText });
    const already = Number(await option.getAttribute('data-mine'));
    for (let i = 1; i <= times; i++) {
      await option.getByTestId('vote-add').click();
      await expect.poll(() => option.getAttribute('data-mine')).toBe(String(already + i));
    }
  }

  // ---------------------------------------------------------------- consensus

  /** The console's card of a clause in the consensus tab. */
  consoleClause(text: string): Locator {
    return this.clause(this.console, text);
  }

  async startCheck(text: string): Promise<void> {
    await this.tab(this.console, 'consensus');
    const card = this.consoleClause(text);
    if ((await card.getAttribute('data-status')) !== 'under_discussion') await card.getByTestId('clause-set-under_discussion').click();
    await card.getByTestId('check-start-toggle').click();
    await card.getByTestId('check-start').click();
    await card.locator('[data-testid=consensus-result][data-recorded=false]').waitFor();
  }

  /** A participant answers the open check on a clause: a level, and a reason where one is asked. */
  async answer(key: string, clauseText: string, level: number, reason?: string): Promise<void> {
    const { page } = this.member(key);
    await this.tab(page, 'consensus');
    const card = page.locator('[data-testid=check-card][data-status=open]', { hasText: clauseText });
    await card.getByTestId(`consensus-level-${level}`).check();
    if (reason) await card.getByTestId('consensus-reason').fill(reason);
    await card.getByTestId('consensus-submit').click();
    await card.getByTestId('my-answer').waitFor();
  }

  async recordOutcome(text: string, minorityReport?: string): Promise<void> {
    const card = this.consoleClause(text);
    if (minorityReport) await card.getByTestId('minority-report-text').fill(minorityReport);
    await card.getByTestId('outcome-record').click();
    await card.locator('[data-testid=consensus-result][data-recorded=true]').waitFor();
  }

  async setStatus(text: string, status: 'agreed' | 'agreed_with_reservations'): Promise<void> {
    const card = this.consoleClause(text);
    await card.getByTestId(`clause-set-${status}`).click();
    await expect.poll(() => card.getAttribute('data-status')).toBe(status);
  }

  /** `first` and then every other member support the open check (the rule holds per sector). */
  async everyoneSupports(text: string, first: string): Promise<void> {
    for (const key of [first, ...[...this.members.keys()].filter((k) => k !== first)]) await this.answer(key, text, 1);
  }

  /** A short agreement: proposed by the console, one check everyone supports (`voter` first), agreed. */
  async agreeQuickly(section: string, text: string, voter: string): Promise<void> {
    await this.propose(this.console, section, text, 'Dirumuskan bersama di ruangan.');
    await this.startCheck(text);
    await this.everyoneSupports(text, voter);
    await this.recordOutcome(text);
    await this.setStatus(text, 'agreed');
  }

  // ---------------------------------------------------------------- freeze and signing

  /**
   * A required section the room will not write: the console asks the room "Bagian X tidak
   * berlaku karena <reason>", `voter` and then everyone else support it on their screens, the console records the outcome,
   * and the section is marked "tidak berlaku" with the reason the charter prints.
   */
  async markNotApplicable(section: string, reason: string, voter: string): Promise<void> {
    await this.tab(this.console, 'freeze');
    const panel = this.console.getByTestId('not-applicable');
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
    const row = panel.locator(`[data-testid=not-applicable-section][data-section=${section}]`);
    await row.getByTestId('not-applicable-mark').click();
    await row.getByTestId('not-applicable-reason').fill(reason);
    await row.getByTestId('check-start').click();
    await expect.poll(() => row.getAttribute('data-asking')).toBe('true');
    const { page } = this.member(voter);
    await this.tab(page, 'consensus');
    const card = page.locator('[data-testid=check-card][data-status=open]').filter({ has: page.locator(`[data-testid=na-question][data-section=${section}]`) });
    await card.getByTestId('consensus-level-1').check(); // the console's default scale (Kaner): full support
    await card.getByTestId('consensus-submit').click();
    await card.getByTestId('my-answer').waitFor();
    // The rule holds per sector: everyone else in the room supports it too.
    for (const key of [...this.members.keys()].filter((k) => k !== voter)) {
      const other = this.member(key).page;
      await this.tab(other, 'consensus');
      const theirs = other.locator('[data-testid=check-card][data-status=open]').filter({ has: other.locator(`[data-testid=na-question][data-section=${section}]`) });
      await theirs.getByTestId('consensus-level-1').check();
      await theirs.getByTestId('consensus-submit').click();
      await theirs.getByTestId('my-answer').waitFor();
    }
    await row.getByTestId('outcome-record').click();
    await expect.poll(() => row.getAttribute('data-marked')).toBe('true');
  }

  /**
   * The freeze tab lists each "not applicable" decision with its reason and the room's outcome, never offers a protected
   * section (users' rights, provider obligations, sanctions, complaints, the Maklumat), and says why once.
   */
  async expectNotApplicableRules(marked: readonly string[], reason: string): Promise<void> {
    const checklist = this.console.getByTestId('freeze-checklist');
    const decisions = checklist.getByTestId('freeze-not-applicable-decision');
    await expect.poll(async () => (await decisions.evaluateAll((els) => els.map((e) => e.getAttribute('data-section')))).sort()).toEqual([...marked].sort());
    for (const text of await decisions.allTextContents()) expect(text).toContain(reason);
    for (const outcome of await decisions.evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome')))) expect(outcome).toBe('consensus');
    const panel = this.console.getByTestId('not-applicable');
    await expect.poll(() => panel.getByTestId('not-applicable-protected').count()).toBe(1);
    const offered = await panel.getByTestId('not-applicable-section').evaluateAll((els) => els.map((e) => e.getAttribute('data-section')));
    for (const code of ['HAK_PENGGUNA', 'KEWAJIBAN_PENYELENGGARA', 'SANKSI_KOMPENSASI', 'PENGADUAN', 'MAKLUMAT']) expect(offered).not.toContain(code);
  }

  async undoNotApplicable(section: string): Promise<void> {
    const row = this.console.getByTestId('not-applicable').locator(`[data-testid=not-applicable-section][data-section=${section}]`);
    await row.getByTestId('not-applicable-undo').click();
    await expect.poll(() => row.getAttribute('data-marked')).toBe('false');
  }

  private signatoryRow(key: string): Locator {
    const panel = this.console.getByTestId('freeze-checklist');
    const name = this.member(key).name;
    return panel.getByTestId('signatory').filter({ hasText: name });
  }

  /** Enrols a signatory from the freeze tab. */
  async enrol(key: string, capacity: string): Promise<void> {
    await this.tab(this.console, 'freeze');
    const panel = this.console.getByTestId('freeze-checklist');
    await panel.getByRole('combobox', { name: 'Pilih orang', exact: true }).selectOption({ label: this.member(key).name });
    await panel.getByRole('combobox', { name: 'Kedudukan', exact: true }).selectOption(capacity);
    await panel.getByRole('button', { name: 'Daftarkan', exact: true }).click();
    await this.signatoryRow(key).waitFor();
  }

  /** The people the console offers as signatories (the names in the "who" list). */
  async signatoryCandidates(): Promise<string[]> {
    const options = await this.console.getByTestId('freeze-checklist').getByRole('combobox', { name: 'Pilih orang', exact: true }).locator('option').allTextContents();
    return options.slice(1);
  }

  /** Records the users' representative's mandate from their row in the signatories list. */
  async recordMandate(key: string, actsFor: string, chosenBy: string): Promise<void> {
    const row = this.signatoryRow(key);
    await row.getByTestId('mandate-edit').click();
    await row.getByTestId('mandate-acts-for').fill(actsFor);
    await row.getByTestId('mandate-chosen-by').fill(chosenBy);
    await row.getByTestId('mandate-save').click();
    await expect.poll(() => row.getByTestId('signatory-mandate').textContent()).toContain(actsFor);
  }

  async withdrawEnrolment(key: string): Promise<void> {
    const row = this.signatoryRow(key);
    await row.getByTestId('signatory-withdraw').click();
    await row.waitFor({ state: 'detached' });
  }

  async changeCapacity(key: string, capacity: string): Promise<void> {
    const row = this.signatoryRow(key);
    await row.locator('select').selectOption(capacity);
    await expect.poll(() => row.getAttribute('data-capacity')).toBe(capacity);
  }

  async freeze(): Promise<void> {
    await this.tab(this.console, 'freeze');
    this.console.once('dialog', (d) => void d.accept());
    await this.console.getByTestId('freeze-button').click();
    await this.console.getByTestId('frozen').waitFor();
  }

  /**
   * A signatory follows the invitation on their own device to the sign-off view (a second tab,
   * so the workshop view stays open), checks the text's hash, registers a browser key and signs.
   */
  async sign(key: string, title: string, institution: string): Promise<Page> {
    const m = this.member(key);
    const invite = m.page.getByTestId('sign-off-invite').getByTestId('open-sign-off');
    const href = await invite.getAttribute('href');
    const page = await m.context.newPage();
    await page.goto(new URL(href!, this.http).toString());
    await page.getByTestId('hash-checked').waitFor();
    await page.getByTestId('key-title').fill(title);
    await page.getByTestId('key-institution').fill(institution);
    await page.getByTestId('key-register').click();
    await page.getByTestId('key-registered').waitFor();
    await page.getByTestId('sign-confirm').check();
    await page.getByTestId('sign-button').click();
    await page.getByTestId('signed').waitFor();
    return page;
  }

  /** The console downloads the sealed bundle of version 1 (`full`: the facilitator's full record). */
  async downloadBundle(which: 'public' | 'full' = 'public'): Promise<Buffer> {
    await this.tab(this.console, 'freeze');
    const v1 = this.console.locator('[data-testid=charter-version][data-version="1"][data-sealed=true]');
    await v1.waitFor();
    const button = v1.getByTestId(which === 'full' ? 'download-full' : 'download-json');
    const [download] = await Promise.all([this.console.waitForEvent('download'), button.click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mufakat-bundle-')), download.suggestedFilename());
    await download.saveAs(file);
    return fs.readFileSync(file);
  }

  /** Anyone, with no token, opens /verify and checks the file. */
  async verify(bundle: Buffer): Promise<Page> {
    const reader = await (await newPerson(this.browser)).newPage();
    await reader.goto(`${this.http}/verify`);
    await reader.getByTestId('bundle-file').setInputFiles({ name: 'kontrak-pelayanan.json', mimeType: 'application/json', buffer: bundle });
    await reader.locator('[data-testid=verdict]', { hasText: 'kontrak-pelayanan.json' }).waitFor();
    return reader;
  }
}
