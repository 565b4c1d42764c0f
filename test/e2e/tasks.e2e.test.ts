/**
 * "Mine opgaver" in the browser (issue 11 point 1 and its quality bar): each
 * role starts on its task list, follows a task to where it is done, does it
 * (the decisive step in the UI where the whole work is long), and comes back
 * to find it gone – and the count in the menu lowered. The task list and the
 * page where the work is done are scanned with axe. The demo (seeded on
 * today's date) gives most tasks; the failed e-mail is the file's own.
 * Each test works on its own records, so they never change each other's tasks.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { and, asc, eq, gte, notInArray } from 'drizzle-orm';
import { courseMeetings, courses, outbox } from '../../src/server/db/schema.js';
import { danishToday } from '../../src/server/time/danish-today.js';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { DEMO } from './support/demo-dates.js';
import { fillAssessment, h1, logIn, mainMenu, snap } from './support/journey.js';

const STAFF = 'paedagog.hjoerring@kommune.example';
const LEADER = 'leder.hjoerring@kommune.example';
const COORDINATOR = 'koordinator.hjoerring@kommune.example';
const CHIEF = 'dagtilbudschef.hjoerring@kommune.example';
const CONSULTANT = 'konsulent@socialstyrelsen.example';
const ASSESSOR = 'bedoemmer@socialstyrelsen.example';
const ADMIN = 'admin@socialstyrelsen.example';
/** The demo's open trials of Hjørring's working group that have not been logged for a while. */
const TRIAL = 'Dialogisk læsning i grupper på tre til fire børn to gange om ugen med samme bog i en uge.';
const LEADERS_TRIAL =
  'Billedstøtte og faste trin ved garderoben, så overgangen fra leg til udetid bliver forudsigelig.';
/** The demo's working-group meeting whose minutes wait for approval. */
const MEETING = 'Arbejdsgruppemøde 3 – Børnehaven Troldehøj';
/** The demo's steering meeting that was held and has no minutes yet. */
const OWED = 'Sparringsmøde med tovholderen 2';
/** The file's own e-mail that could not be sent. */
const FAILED_SUBJECT = 'Mødeinvitation, der ikke kunne sendes';

/** The number beside "Mine opgaver" in the menu (0 when there is none), read as a screen reader hears it. */
async function menuCount(page: Page): Promise<number> {
  const link = mainMenu(page).getByRole('link').first();
  const heard = ((await link.locator('.task-count .sr-only').allTextContents())[0] ?? '').trim();
  return heard === '' ? 0 : Number(/^(\d+) opgaver?$/.exec(heard)?.[1] ?? NaN);
}

/** Logs in, waits for the task and the menu's count, scans the list; gives the count. */
async function startOn(page: Page, email: string, task: string, label: string): Promise<number> {
  await logIn(page, email);
  await page.getByRole('link', { name: task }).waitFor();
  await expect.poll(() => menuCount(page)).toBeGreaterThan(0);
  await expectAccessible(page, `${label} task list`);
  return menuCount(page);
}

/** Back on "Mine opgaver" through the menu: the task is gone and the count lowered (the list was scanned on arrival). */
async function seeItGone(page: Page, task: string, before: number): Promise<void> {
  await mainMenu(page).getByRole('link').first().click();
  await h1(page, 'Mine opgaver').waitFor();
  await page.getByRole('link', { name: task }).waitFor({ state: 'detached' });
  await expect.poll(() => menuCount(page)).toBe(before - 1);
}

/** On the course's trials page: logs the trial with what was tried and what happened (scanning the form if asked). */
async function logTrial(page: Page, description: string, scan = false): Promise<void> {
  await h1(page, 'Afprøvninger').waitFor();
  const trial = page.getByRole('article', { name: description });
  await trial.getByRole('button', { name: 'Log afprøvningen' }).click();
  const form = page.getByRole('form', { name: `Log afprøvningen: ${description}` });
  await form.getByLabel('Hvad prøvede I?').fill('Vi prøvede det tre dage i træk');
  await form.getByLabel('Hvad skete der?').fill('Børnene fandt hurtigt rytmen');
  if (scan) await expectAccessible(page, 'trial log form');
  await form.getByRole('button', { name: 'Gem logningen' }).click();
  await trial.getByRole('status').filter({ hasText: 'Logningen er gemt.' }).waitFor();
}

describe.skipIf(!chromiumAvailable())('Mine opgaver', () => {
  const suite = browserSuite();

  /** The title of Hjørring's next meeting, moved to today so that it is one of this week's meetings. */
  let thisWeek = '';

  beforeAll(async () => {
    const today = danishToday(new Date());
    thisWeek = await inMaintenanceTx(suite.server.database.db, async (tx) => {
      const [next] = await tx
        .select({ id: courseMeetings.id, title: courseMeetings.title })
        .from(courseMeetings)
        .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
        .where(
          and(
            eq(courses.municipalityCode, '0860'),
            eq(courseMeetings.status, 'planned'),
            gte(courseMeetings.date, today),
            notInArray(courseMeetings.kind, ['theme_day', 'conference']),
          ),
        )
        .orderBy(asc(courseMeetings.date), asc(courseMeetings.startTime))
        .limit(1);
      if (!next) throw new Error('Hjørring has no meeting ahead');
      await tx.update(courseMeetings).set({ date: today }).where(eq(courseMeetings.id, next.id));
      return next.title;
    });
  });

  it('a staff member logs a trial from the task list, and the task is gone', async () => {
    const { page } = await suite.freshSession();
    const task = `Log afprøvningen: ${TRIAL}`;
    const before = await startOn(page, STAFF, task, 'staff');
    await snap(page, 'tasks-staff');
    await page.getByRole('link', { name: task }).click();
    await logTrial(page, TRIAL, true);
    await seeItGone(page, task, before);
  });

  it('a daycare leader logs another of the group’s trials, and the task is gone', async () => {
    const { page } = await suite.freshSession();
    const task = `Log afprøvningen: ${LEADERS_TRIAL}`;
    const before = await startOn(page, LEADER, task, 'leader');
    await page.getByRole('link', { name: task }).click();
    await logTrial(page, LEADERS_TRIAL);
    await seeItGone(page, task, before);
  });

  it('a coordinator approves minutes from the task list, and the task is gone', async () => {
    const { page } = await suite.freshSession();
    const task = `Godkend referatet af ${MEETING}`;
    const before = await startOn(page, COORDINATOR, task, 'coordinator');
    await page.getByRole('heading', { level: 2, name: 'Møder og referater' }).waitFor();
    await snap(page, 'tasks-coordinator');

    await page.getByRole('link', { name: task }).click();
    await h1(page, MEETING).waitFor();
    await expectAccessible(page, 'meeting with minutes to approve');
    await page.getByRole('button', { name: 'Godkend referatet' }).click();
    await page.getByText('Referatet er godkendt.').waitFor();
    await seeItGone(page, task, before);
  });

  it('the consultant writes the minutes owed; then they are the head of daycare’s to approve, until approved', async () => {
    const consultant = (await suite.freshSession()).page;
    const owed = `Skriv referat af ${OWED}`;
    const before = await startOn(consultant, CONSULTANT, owed, 'consultant');
    await consultant.getByRole('link', { name: owed }).click();
    await h1(consultant, OWED).waitFor();
    await expectAccessible(consultant, 'meeting without minutes');
    await consultant.getByRole('textbox', { name: 'Referat', exact: true }).click();
    await consultant.keyboard.type('Tovholderen og konsulenten gennemgik planen for foråret.');
    await consultant.getByRole('button', { name: 'Gem referat' }).click();
    await expect
      .poll(async () => (await consultant.locator('#minutes-save-status').textContent()) ?? '')
      .toMatch(/Gemt/);
    await seeItGone(consultant, owed, before);

    const chief = (await suite.freshSession()).page;
    const approve = `Godkend referatet af ${OWED}`;
    const chiefBefore = await startOn(chief, CHIEF, approve, 'head of daycare');
    await chief.getByRole('link', { name: approve }).click();
    await h1(chief, OWED).waitFor();
    await chief.getByText('Tovholderen og konsulenten gennemgik planen for foråret.').waitFor();
    await chief.getByRole('button', { name: 'Godkend referatet' }).click();
    await chief.getByText('Referatet er godkendt.').waitFor();
    await expectAccessible(chief, 'approved minutes');
    await seeItGone(chief, approve, chiefBefore);
  });

  it('the consultant dates a course’s meetings from "Sæt dato", and opens the week’s meeting', async () => {
    const { page } = await suite.freshSession();
    const toDate = page
      .getByRole('listitem')
      .filter({ hasText: 'Helsingør' })
      .getByRole('link', { name: /^Sæt dato på \d+ møder/ });
    await logIn(page, CONSULTANT);
    await toDate.waitFor();
    const before = await menuCount(page);

    // This week's meeting leads to the meeting itself.
    await page.getByRole('link', { name: `Møde i denne uge: ${thisWeek}` }).click();
    await h1(page, thisWeek).waitFor();
    await page.goBack();
    await h1(page, 'Mine opgaver').waitFor();

    await toDate.click();
    await h1(page, 'Møder').waitFor();
    await page.getByRole('button', { name: 'Sæt dato' }).first().waitFor();
    await expectAccessible(page, 'meetings to date');
    await page.getByRole('button', { name: 'Foreslå datoer' }).click();
    await page.getByRole('table', { name: 'Foreslåede datoer' }).waitFor();
    await page.getByRole('button', { name: 'Brug forslaget' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ møder har fået en dato\./ })
      .waitFor();
    await mainMenu(page).getByRole('link').first().click();
    await h1(page, 'Mine opgaver').waitFor();
    await toDate.waitFor({ state: 'detached' });
    await expect.poll(() => menuCount(page)).toBe(before - 1);
  });

  it('the assessor scores an application from the task list, and the task is gone', async () => {
    const { page } = await suite.freshSession();
    const task = `Bedøm ansøgningen fra Samsø`;
    const before = await startOn(page, ASSESSOR, task, 'assessor');
    await page.getByRole('link', { name: task }).click();
    await h1(page, 'Bedømmelse af Samsø').waitFor();
    await page.getByLabel('Jeg er ikke inhabil').check();
    await page.getByRole('button', { name: 'Gem erklæringen' }).click();
    const form = page.getByRole('form', { name: 'Din bedømmelse' });
    await form.waitFor();
    await fillAssessment(form, ['4', '4', '4'], (n) => `Kriterium ${n} er godt beskrevet.`);
    await expectAccessible(page, 'scoring form filled in');
    await form.getByRole('button', { name: 'Indsend bedømmelse' }).click();
    await page
      .getByRole('dialog', { name: 'Indsend bedømmelsen?' })
      .getByRole('button', { name: 'Indsend bedømmelse' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Din bedømmelse er indsendt.' }).waitFor();
    await seeItGone(page, task, before);
  });

  it('the admin sends the failed e-mail again from the outbox, and publishes the round ready for a decision', async () => {
    // The file's own failed e-mail, the newest in the outbox (the outbox lists newest first, a page at a time).
    await inMaintenanceTx(suite.server.database.db, (tx) =>
      tx.insert(outbox).values({
        toAddress: 'deltager@kommune.example',
        subject: FAILED_SUBJECT,
        body: 'Invitation til mødet.',
        status: 'failed',
        error: '550 Postkassen findes ikke',
      }),
    );
    const { page } = await suite.freshSession();
    const round = DEMO.closed.name;
    const task = `Udvælg kommuner, og offentliggør afgørelsen i ${round}`;
    const before = await startOn(page, ADMIN, task, 'admin');
    await snap(page, 'tasks-admin');

    // Failed mail: the task leads to the outbox's failed e-mails, where the message and its error are
    // shown; "Send igen" puts it back in the queue, and the task is gone.
    const mailTask = page.getByRole('link', { name: '1 e-mail kunne ikke sendes' });
    await mailTask.click();
    await h1(page, 'Udbakke').waitFor();
    expect(await page.getByLabel('Vis').inputValue()).toBe('failed');
    const failed = page.getByRole('row', { name: new RegExp(FAILED_SUBJECT) });
    expect(await failed.textContent()).toContain('550 Postkassen findes ikke');
    await expectAccessible(page, 'outbox with a failed e-mail');
    await failed.getByRole('button', { name: 'Send igen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'E-mailen til deltager@kommune.example er lagt tilbage' })
      .waitFor();
    await page.getByText('Der er ingen e-mails med status "Fejlede".').waitFor();
    await mainMenu(page).getByRole('link').first().click();
    await h1(page, 'Mine opgaver').waitFor();
    await mailTask.waitFor({ state: 'detached' });
    await expect.poll(() => menuCount(page)).toBe(before - 1);

    await page.getByRole('link', { name: task }).click();
    await h1(page, 'Udvælgelse og afgørelser').waitFor();
    await expectAccessible(page, 'selection');
    await page.getByRole('button', { name: 'Gem afgørelsen' }).click();
    await page.getByRole('status').filter({ hasText: 'Afgørelsen er gemt.' }).waitFor();
    await page.getByRole('button', { name: 'Offentliggør afgørelserne' }).click();
    const dialog = page.getByRole('dialog', { name: 'Offentliggør afgørelserne?' });
    await dialog.getByRole('button', { name: 'Offentliggør', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Afgørelserne er offentliggjort.' }).waitFor();
    await seeItGone(page, task, before - 1);
  });

  it('e-mail settings on the account page: accessible, and a changed choice is kept', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, COORDINATOR);
    await page.goto('/adgangskode#beskeder');
    const section = page.getByRole('region', { name: 'E-mails fra Indsats' });
    const choice = section.getByLabel('En ansøgningsrunde er åbnet');
    await choice.waitFor();
    expect(await section.getByLabel('Afgørelse på ansøgning').isDisabled()).toBe(true);
    await expectAccessible(page, 'e-mail settings');
    const was = await choice.inputValue();
    const next = was === 'never' ? 'digest' : 'never';
    await choice.selectOption(next);
    await section.getByRole('button', { name: 'Gem valg' }).click();
    await section.getByText('Dine valg er gemt.').waitFor();
    await expectAccessible(page, 'e-mail settings saved');
    await page.reload();
    await section.getByLabel('En ansøgningsrunde er åbnet').waitFor();
    await expect.poll(() => section.getByLabel('En ansøgningsrunde er åbnet').inputValue()).toBe(next);
  });
});
