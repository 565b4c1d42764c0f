/**
 * A course year in the browser (issue 4's journey), on Helsingør's newly
 * signed course of the round whose course year begins next (demo data: no
 * dates yet): the consultant opens the course, asks for proposed dates and
 * uses them (none in the past; the course begins after today, so every
 * meeting gets one), moves a working-group meeting into the winter holiday
 * and sees the broken rule on the meetings page and in the one calendar,
 * holds the group's first meeting with minutes and a trial; the staff member
 * of the group's institution logs the trial; the coordinator edits the change
 * model. Every page state visited is scanned with axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoId } from '../../src/server/seed/demo-data.js';
import type { Course } from '../../src/shared/contracts/courses.js';
import type { Meeting } from '../../src/shared/contracts/meetings.js';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { DEMO, winterHoliday } from './support/demo-dates.js';
import { h1, logIn, openArea, snap } from './support/journey.js';

const CONSULTANT = 'konsulent@socialstyrelsen.example';
const STAFF = 'paedagog.helsingoer@kommune.example';
const COORDINATOR = 'koordinator.helsingoer@kommune.example';
const ROUND = DEMO.signed.name;
const WINTER_HOLIDAY = winterHoliday(DEMO.signed);
const TRIAL = 'Fælles højtlæsning i små grupper før frokost';

const meetingsTable = (page: Page) => page.getByRole('table', { name: 'Forløbets møder' });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

async function openHelsingoer(page: Page): Promise<string> {
  await openArea(page, 'Forløb');
  await page
    .getByRole('table', { name: 'Forløb' })
    .getByRole('row', { name: new RegExp(`Helsingør.*${escape(ROUND)}`) })
    .getByRole('link', { name: 'Helsingør' })
    .click();
  await h1(page, 'Forløb for Helsingør').waitFor();
  return page.url().split('/').pop() ?? '';
}

describe.skipIf(!chromiumAvailable())('a course year', () => {
  const suite = browserSuite();

  it('the consultant plans Helsingør’s course and holds a working-group meeting; staff log the trial; the coordinator edits the change model', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, CONSULTANT);
    const courseId = await openHelsingoer(page);
    await expectAccessible(page, 'course overview');

    // The proposal: shown first, stored only on "Brug forslaget", nothing in the past.
    await page.getByRole('navigation', { name: 'Forløbets sider' }).getByRole('link', { name: 'Møder' }).click();
    await h1(page, 'Møder').waitFor();
    const undated = await meetingsTable(page).getByText('Ingen dato endnu').count();
    expect(undated).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Foreslå datoer' }).click();
    const proposal = page.getByRole('table', { name: 'Foreslåede datoer' });
    await proposal.waitFor();
    // The course begins after today: no steering third is over, so every meeting gets a date.
    expect(await proposal.locator('tbody tr').count()).toBe(undated);
    await expectAccessible(page, 'proposal');
    await page.getByRole('button', { name: 'Brug forslaget' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${undated} møder har fået en dato.` })
      .waitFor();
    await expect.poll(() => meetingsTable(page).getByText('Ingen dato endnu').count()).toBe(0);
    const course = await getJson<Course>(page, `/api/v1/courses/${courseId}`);
    const today = new Date().toISOString().slice(0, 10);
    for (const m of course.meetings) if (m.date !== null) expect(m.date > today, `${m.title} ${m.date}`).toBe(true);
    await snap(page, 'course-year-planned');

    // The group of the staff member's institution: its first meeting is held; its second is moved into the winter holiday.
    const group = course.plan.workingGroups.find((g) => g.institutionIds.includes(demoId('0217-1')));
    const groupMeetings = course.meetings
      .filter((m) => m.kind === 'working_group' && m.group === group?.key)
      .sort((a, b) => a.sequence - b.sequence);
    const [first, second] = groupMeetings;
    if (!first || !second) throw new Error('working-group meetings missing');
    const row = meetingsTable(page).getByRole('row', { name: new RegExp(escape(second.title)) });
    await row.getByRole('button', { name: `Flyt ${second.title}` }).click();
    await page.getByLabel('Dato', { exact: true }).fill(WINTER_HOLIDAY.tuesday);
    await page.getByLabel('Starter kl.').selectOption('10:00');
    await page.getByLabel('Slutter kl.').selectOption('12:00');
    await page.getByRole('button', { name: 'Gem flytningen' }).click();
    const result = page.getByRole('alert').filter({ hasText: `${second.title} er flyttet, men bryder disse regler:` });
    await result.waitFor();
    expect(await result.textContent()).toContain(`Mødet ligger i en ferieuge (vinterferie ${WINTER_HOLIDAY.shown})`);
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('vinterferie');
    await expectAccessible(page, 'meeting moved');
    await page.goto(`/kalender?maaned=${WINTER_HOLIDAY.tuesday.slice(0, 7)}`);
    await h1(page, 'Kalender').waitFor();
    const week = page.getByRole('table', { name: /^Uge 7/ });
    expect(await week.getByRole('row', { name: new RegExp(escape(second.title)) }).textContent()).toContain(
      'vinterferie',
    );
    await expectAccessible(page, 'calendar');

    // The first working-group meeting: minutes with bold text, and a trial until the next meeting.
    await page.goto(`/forloeb/${courseId}/moeder/${first.id}`);
    await h1(page, first.title).waitFor();
    const editor = page.getByRole('textbox', { name: 'Referat', exact: true });
    await editor.click();
    await page.keyboard.type('Vi aftalte ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('fælles højtlæsning');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' på alle stuer.');
    await page.getByRole('button', { name: 'Gem referat' }).click();
    await expect
      .poll(async () => (await page.locator('#minutes-save-status').textContent()) ?? '')
      .toMatch(/Gemt kl\./);
    expect((await getJson<Meeting>(page, `/api/v1/meetings/${first.id}`)).minutes.html).toContain(
      '<strong>fælles højtlæsning</strong>',
    );
    await page.getByLabel('Hvad skal prøves af?').fill(TRIAL);
    await page.getByLabel('Hvem står for det?').fill('Personalet på stuerne');
    await page.getByRole('button', { name: 'Aftal afprøvningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Afprøvningen er aftalt.' }).waitFor();
    await expectAccessible(page, 'meeting with minutes and a trial');
    await snap(page, 'course-year-meeting');

    // The staff member logs the trial.
    const staff = (await suite.freshSession()).page;
    await logIn(staff, STAFF);
    await staff.goto(`/forloeb/${courseId}/afproevninger`);
    await h1(staff, 'Afprøvninger').waitFor();
    const trial = staff.getByRole('article', { name: TRIAL });
    await trial.getByRole('button', { name: 'Log afprøvningen' }).click();
    const form = staff.getByRole('form', { name: `Log afprøvningen: ${TRIAL}` });
    await form.getByLabel('Hvad prøvede I?').fill('Vi læste højt for fire børn ad gangen');
    await form.getByLabel('Hvad skete der?').fill('Flere børn tog ordet');
    await form.getByLabel('Refleksion').fill('Det virker bedst lige efter udeleg');
    await form.getByRole('button', { name: 'Gem logningen' }).click();
    await trial.getByRole('status').filter({ hasText: 'Logningen er gemt.' }).waitFor();
    await expectAccessible(staff, 'trial logged');

    // The coordinator edits the change model: a problem and a first activity, saved as version 1.
    const coordinator = (await suite.freshSession()).page;
    await logIn(coordinator, COORDINATOR);
    await coordinator.goto(`/forloeb/${courseId}/forandringsmodel`);
    await h1(coordinator, 'Forandringsmodel').waitFor();
    const editorForm = coordinator.getByRole('form', { name: 'Redigér forandringsmodellen' });
    await editorForm
      .getByRole('textbox', { name: 'Problem', exact: true })
      .fill('For få børn i udsatte positioner deltager i fællesskabet.');
    await coordinator.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    await coordinator.getByLabel('Aktivitet 1', { exact: true }).fill('Fælles højtlæsning i små grupper');
    await coordinator.getByRole('button', { name: 'Gem som ny version' }).click();
    await coordinator.getByRole('status').filter({ hasText: 'Forandringsmodellen er gemt som version 1.' }).waitFor();
    const diagram = coordinator.getByRole('img', { name: 'Forandringsmodel – Helsingør Kommune' });
    await expect
      .poll(async () => ((await diagram.textContent()) ?? '').replace(/\s+/g, ' '))
      .toContain('Fælles højtlæsning i små grupper');
    await expectAccessible(coordinator, 'change model saved');
    await snap(coordinator, 'course-year-change-model');
  }, 180_000);
});
