/**
 * A working-group meeting in the browser: the consultant opens Hjørring's
 * first working-group meeting, writes minutes with bold text and a list,
 * records attendance and hours and agrees a trial; the staff member of the
 * group's institution logs the trial on the course's trial page; the group's
 * next meeting shows the trial with the log. Every page is scanned with axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoId } from '../../src/server/seed/demo-data.js';
import type { Course } from '../../src/shared/contracts/courses.js';
import type { Meeting } from '../../src/shared/contracts/meetings.js';
import { samplePdf } from '../helpers/uploads.js';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { h1, logIn, snap } from './support/journey.js';

const CONSULTANT = 'konsulent@socialstyrelsen.example';
const STAFF = 'paedagog.hjoerring@kommune.example';
/** Hjørring's course of August 2018, untouched (the demo's course year under way is Hjørring's current course). */
const ROUND = 'August 2018 – juni 2019';

async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/** Hjørring's course and the first two meetings of the working group of the staff member's institution. */
async function workingGroupMeetings(
  page: Page,
): Promise<{ courseId: string; first: Course['meetings'][number]; next: Course['meetings'][number] }> {
  const { items } = await getJson<{ items: { id: string; municipalityName: string; roundName: string }[] }>(
    page,
    '/api/v1/courses',
  );
  const courseId = items.find((c) => c.municipalityName === 'Hjørring' && c.roundName === ROUND)?.id ?? '';
  const course = await getJson<Course>(page, `/api/v1/courses/${courseId}`);
  const group = course.plan.workingGroups.find((g) => g.institutionIds.includes(demoId('0860-1')));
  const meetings = course.meetings.filter((m) => m.kind === 'working_group' && m.group === group?.key);
  const first = meetings.find((m) => m.sequence === 1);
  const next = meetings.find((m) => m.sequence === 2);
  if (!first || !next) throw new Error('working-group meetings missing');
  return { courseId, first, next };
}

describe.skipIf(!chromiumAvailable())('meetings', () => {
  const suite = browserSuite();

  it('the consultant holds a working-group meeting with minutes, hours and a trial; staff log it; the next meeting shows it', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, CONSULTANT);
    const { courseId, first, next } = await workingGroupMeetings(page);

    await page.goto(`/forloeb/${courseId}/moeder/${first.id}`);
    await h1(page, first.title).waitFor();
    expect(await page.title()).toBe(`${first.title} – Forløb for Hjørring – Forløb – Indsats`);
    const crumbs = page.getByRole('navigation', { name: 'Brødkrumme' });
    expect(await crumbs.getByRole('link', { name: 'Møder' }).getAttribute('href')).toBe(`/forloeb/${courseId}/moeder`);
    const facts = (await page.locator('dl.facts').textContent()) ?? '';
    for (const text of ['Arbejdsgruppemøde', 'Ingen dato endnu']) expect(facts).toContain(text);
    // Undated, so it says only that: no "Planlagt" status beside it (issue 11, point 10).
    expect(facts).not.toContain('Planlagt');
    await expectAccessible(page, 'meeting page');

    // Slides attached as a PDF: sent, checked by the server, listed with kind and size (issue 11, point 8).
    const attachments = page.getByRole('region', { name: 'Bilag' });
    await attachments.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'oplæg.pdf',
      mimeType: 'application/pdf',
      buffer: await samplePdf('Oplæg til arbejdsgruppen'),
    });
    await attachments.getByRole('button', { name: 'Vedhæft' }).click();
    await attachments.getByRole('link', { name: 'Hent oplæg.pdf' }).waitFor();
    expect(await attachments.getByRole('table').textContent()).toContain('PDF');
    await expectAccessible(page, 'meeting page with an attachment');

    // Minutes with bold text and a bullet list, written with the keyboard and the toolbar; one decision.
    const editor = page.getByRole('textbox', { name: 'Referat', exact: true });
    await editor.click();
    await page.keyboard.type('Vi aftalte ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('dialogisk læsning');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' i alle stuer.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Punktliste' }).click();
    expect(await page.getByRole('button', { name: 'Punktliste' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('Små grupper');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Faste tidspunkter');
    await page.getByRole('button', { name: 'Tilføj beslutning' }).click();
    await page.getByLabel('Beslutning 1').fill('Arbejdsgruppen mødes igen om fire uger');
    await page.getByRole('button', { name: 'Gem referat' }).click();
    await expect
      .poll(async () => (await page.locator('#minutes-save-status').textContent()) ?? '')
      .toMatch(/Gemt kl\./);
    const saved = await getJson<Meeting>(page, `/api/v1/meetings/${first.id}`);
    expect(saved.minutes.html).toContain('<strong>dialogisk læsning</strong>');
    expect(saved.minutes.html).toMatch(/<ul><li><p>Små grupper<\/p><\/li><li><p>Faste tidspunkter<\/p><\/li><\/ul>/);
    expect(saved.decisions).toEqual(['Arbejdsgruppen mødes igen om fire uger']);
    expect(saved.minutes.status).toBe('draft');
    await expectAccessible(page, 'minutes saved');

    // Attendance and hours; the summary per role follows.
    await page.getByLabel('Deltog Jonas Kragh?').selectOption({ label: 'Ja' });
    await page.getByLabel('Timer for Jonas Kragh').fill('2');
    await page.getByLabel('Deltog Ali Hassan?').selectOption({ label: 'Ja' });
    await page.getByLabel('Timer for Ali Hassan').fill('1,5');
    await page.getByLabel('Timer for Susanne Bach').fill('1,3');
    await page.getByRole('button', { name: 'Gem deltagere' }).click();
    const errors = page.getByRole('alert').filter({ hasText: 'Deltagerne kan ikke gemmes' });
    await errors
      .getByRole('link', { name: 'Timer for Susanne Bach: Skriv timer mellem 0 og 24 i kvarte timer, fx 1,75' })
      .waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('participants-errors');
    await expectAccessible(page, 'participants with an error');
    await page.getByLabel('Deltog Susanne Bach?').selectOption({ label: 'Nej' });
    await page.getByLabel('Timer for Susanne Bach').fill('');
    await page.getByRole('button', { name: 'Gem deltagere' }).click();
    await page.getByRole('status').filter({ hasText: 'Deltagerne er gemt.' }).waitFor();
    const hours = page.getByRole('table', { name: 'Registrerede timer pr. rolle' });
    await expect.poll(async () => (await hours.locator('tfoot').textContent()) ?? '').toContain('3,5 timer');
    expect(await hours.getByRole('row', { name: /Pædagogisk personale/ }).textContent()).toContain('1,5 timer');

    // A trial for the time until the next meeting.
    await page.getByLabel('Hvad skal prøves af?').fill('Dialogisk læsning i små grupper før frokost');
    await page.getByLabel('Hvem står for det?').fill('Personalet på stuerne');
    await page.getByRole('button', { name: 'Aftal afprøvningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Afprøvningen er aftalt.' }).waitFor();
    const agreed = page.getByRole('region', { name: 'Afprøvninger aftalt på mødet' });
    await agreed.getByRole('heading', { name: 'Dialogisk læsning i små grupper før frokost' }).waitFor();
    await expectAccessible(page, 'trial agreed');
    await snap(page, 'meeting-consultant');

    // The staff member logs the trial on the course's trial page.
    const staff = (await suite.freshSession()).page;
    await logIn(staff, STAFF);
    await staff.goto(`/forloeb/${courseId}/afproevninger`);
    await h1(staff, 'Afprøvninger').waitFor();
    const trial = staff.getByRole('article', { name: 'Dialogisk læsning i små grupper før frokost' });
    expect(await trial.textContent()).toContain('Ikke logget endnu');
    await expectAccessible(staff, 'trials page');
    await trial.getByRole('button', { name: 'Log afprøvningen' }).click();
    const form = staff.getByRole('form', { name: 'Log afprøvningen: Dialogisk læsning i små grupper før frokost' });
    await form.getByLabel('Hvad prøvede I?').fill('Vi læste højt for fire børn ad gangen');
    await form.getByLabel('Hvad skete der?').fill('Flere børn tog ordet og stillede spørgsmål');
    await form.getByLabel('Refleksion').fill('Det virker bedst lige efter udeleg');
    await expectAccessible(staff, 'trial log form');
    await form.getByRole('button', { name: 'Gem logningen' }).click();
    await trial.getByRole('status').filter({ hasText: 'Logningen er gemt.' }).waitFor();
    await expect.poll(async () => (await trial.textContent()) ?? '').toContain('Vi læste højt for fire børn ad gangen');
    expect(await trial.textContent()).toContain('1 logning');
    await expectAccessible(staff, 'trial logged');
    await snap(staff, 'trials-staff');

    // The group's next meeting shows the trial and what was logged.
    await staff.goto(`/forloeb/${courseId}/moeder/${next.id}`);
    await h1(staff, next.title).waitFor();
    const since = staff.getByRole('region', { name: 'Afprøvninger siden sidst' });
    await since.getByRole('heading', { name: 'Dialogisk læsning i små grupper før frokost' }).waitFor();
    const text = (await since.textContent()) ?? '';
    for (const expected of [
      'Ali Hassan',
      'Vi læste højt for fire børn ad gangen',
      'Flere børn tog ordet og stillede spørgsmål',
      'Det virker bedst lige efter udeleg',
    ]) {
      expect(text).toContain(expected);
    }
    // Staff read the meeting: no editors.
    expect(await staff.getByRole('button', { name: 'Gem referat' }).count()).toBe(0);
    expect(await staff.getByRole('button', { name: 'Gem deltagere' }).count()).toBe(0);
    await expectAccessible(staff, 'next working-group meeting');
    await snap(staff, 'meeting-next');
  }, 180_000);
});
