/**
 * "Mine opgaver" in the browser (issue 11 point 1): a staff member and a
 * coordinator of Hjørring start on their task list, follow a task to where it
 * is done, do it, and come back to find it gone – and the count in the menu
 * with it. Every page is scanned with axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { h1, logIn, mainMenu, snap } from './support/journey.js';

const STAFF = 'paedagog.hjoerring@kommune.example';
const COORDINATOR = 'koordinator.hjoerring@kommune.example';
/** The demo's open trial of the staff member's working group that has not been logged for a while. */
const TRIAL = 'Dialogisk læsning i grupper på tre til fire børn to gange om ugen med samme bog i en uge.';
/** The demo's working-group meeting whose minutes wait for approval. */
const MEETING = 'Arbejdsgruppemøde 3 – Børnehaven Troldehøj';

/** The count beside "Mine opgaver" in the menu, as a screen reader hears it ('' when there is none). */
async function menuCount(page: Page): Promise<string> {
  const link = mainMenu(page).getByRole('link').first();
  return ((await link.locator('.task-count .sr-only').allTextContents())[0] ?? '').trim();
}

async function backToTasks(page: Page): Promise<void> {
  await mainMenu(page).getByRole('link').first().click();
  await h1(page, 'Mine opgaver').waitFor();
}

describe.skipIf(!chromiumAvailable())('Mine opgaver', () => {
  const suite = browserSuite();

  it('a staff member logs a trial from the task list, and the task is gone', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, STAFF);
    const task = page.getByRole('link', { name: `Log afprøvningen: ${TRIAL}` });
    await task.waitFor();
    await expect.poll(() => menuCount(page)).toMatch(/^\d+ opgaver?$/);
    const before = await menuCount(page);
    await expectAccessible(page, 'staff task list');
    await snap(page, 'tasks-staff');

    await task.click();
    await h1(page, 'Afprøvninger').waitFor();
    const trial = page.getByRole('article', { name: TRIAL });
    await trial.getByRole('button', { name: 'Log afprøvningen' }).click();
    const form = page.getByRole('form', { name: `Log afprøvningen: ${TRIAL}` });
    await form.getByLabel('Hvad prøvede I?').fill('Vi læste den samme bog tre dage i træk');
    await form.getByLabel('Hvad skete der?').fill('Børnene genfortalte historien');
    await form.getByRole('button', { name: 'Gem logningen' }).click();
    await trial.getByRole('status').filter({ hasText: 'Logningen er gemt.' }).waitFor();

    await backToTasks(page);
    await task.waitFor({ state: 'detached' });
    await expect.poll(() => menuCount(page)).not.toBe(before);
    await expectAccessible(page, 'staff task list after logging');
  }, 120_000);

  it('a coordinator approves minutes from the task list, and the task is gone', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, COORDINATOR);
    const task = page.getByRole('link', { name: `Godkend referatet af ${MEETING}` });
    await task.waitFor();
    await page.getByRole('heading', { level: 2, name: 'Møder og referater' }).waitFor();
    await expectAccessible(page, 'coordinator task list');
    await snap(page, 'tasks-coordinator');

    await task.click();
    await h1(page, MEETING).waitFor();
    await page.getByRole('button', { name: 'Godkend referatet' }).click();
    await page.getByText('Referatet er godkendt.').waitFor();

    await backToTasks(page);
    await task.waitFor({ state: 'detached' });
    await expectAccessible(page, 'coordinator task list after approving');
  }, 120_000);
});
