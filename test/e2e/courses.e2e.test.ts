/**
 * Courses in the browser: the consultant adapts Hjørring's plan of August
 * 2018 (more sparring, an extra meeting) and sees the new meetings; Hjørring's
 * coordinator reads the course without edit controls; Helsingør's coordinator
 * lists only Helsingør's own course and cannot open Hjørring's; the admin
 * assigns the consultant on another course and meets a version conflict.
 * The coordinator opens "Hvem kan se dette?" on the course. Every page visited is scanned with axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { apiAs, h1, logIn, menuLabels, openArea, snap } from './support/journey.js';

const ADMIN = 'admin@socialstyrelsen.example';
const CONSULTANT = 'konsulent@socialstyrelsen.example';
const HJOERRING = 'koordinator.hjoerring@kommune.example';
const HELSINGOER = 'koordinator.helsingoer@kommune.example';
const ROUND = 'August 2018 – juni 2019';

const courseTable = (page: Page) => page.getByRole('table', { name: 'Forløb' });
/** Hjørring's course of the August 2018 round (the demo also has Hjørring's course year under way). */
const hjoerringRow = (page: Page) =>
  courseTable(page).getByRole('row').filter({ hasText: ROUND }).filter({ hasText: 'Hjørring' });
const meetingTitles = async (page: Page) =>
  (await page.getByRole('table', { name: 'Forløbets møder' }).locator('tbody th').allTextContents()).map((s) =>
    s.trim(),
  );
const planText = async (page: Page) => (await page.getByRole('region', { name: 'Forløbets plan' }).textContent()) ?? '';

async function openHjoerring(page: Page): Promise<void> {
  await openArea(page, 'Forløb');
  await hjoerringRow(page).getByRole('link', { name: 'Hjørring' }).click();
  await h1(page, 'Forløb for Hjørring').waitFor();
}

/** From a course's overview to its plan page, through the course's own navigation. */
async function openPlan(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Forløbets sider' }).getByRole('link', { name: 'Plan' }).click();
  await h1(page, 'Plan og møder').waitFor();
}

describe.skipIf(!chromiumAvailable())('courses', () => {
  const suite = browserSuite();

  it('the consultant adds sparring and an extra meeting to Hjørring’s plan and sees the new meetings', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, CONSULTANT);
    expect(await menuLabels(page)).toContain('Forløb');
    await openArea(page, 'Forløb');
    await courseTable(page).waitFor();
    expect(await page.title()).toBe('Forløb – Indsats');
    // The consultant's courses: Hjørring's of 2018, Hjørring's course year under way and Helsingør's newly signed one.
    const rows = courseTable(page).locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const row = (await hjoerringRow(page).textContent()) ?? '';
    for (const text of ['Hjørring', ROUND, '1. august 2018 – 30. juni 2019', 'Jonas Kragh', '33'])
      expect(row).toContain(text);
    await expectAccessible(page, 'consultant course list');

    await hjoerringRow(page).getByRole('link', { name: 'Hjørring' }).click();
    await h1(page, 'Forløb for Hjørring').waitFor();
    expect(await page.title()).toBe(`Forløb for Hjørring – ${ROUND} – Forløb – Indsats`);
    await page.getByRole('heading', { name: 'Det mangler kommunen' }).waitFor();
    await page.getByRole('heading', { name: 'Tidslinje' }).waitFor();
    await expectAccessible(page, 'consultant course overview');
    await openPlan(page);
    expect(await page.title()).toBe(`Plan – Forløb for Hjørring – ${ROUND} – Forløb – Indsats`);
    const plan = await planText(page);
    for (const text of [
      '6 sparringsmøder med tovholderen',
      '3 styregruppemøder',
      '3 sparringsmøder for dagtilbudsledere',
      '2 arbejdsgrupper',
      'Børnehuset Solsikken (9 møder)',
      'Temadag med rundens kommuner',
      '1 landsdækkende konference',
      'I alt 33 møder',
    ])
      expect(plan).toContain(text);
    expect(await meetingTitles(page)).toHaveLength(33);
    const kickoff = page.getByRole('row', { name: /Opstartsmøde med dagtilbudschef og tovholder/ });
    expect(await kickoff.textContent()).toContain('Ingen dato endnu');
    // Undated: no "Planlagt" status beside "Ingen dato endnu" (issue 11, point 10).
    expect(await kickoff.textContent()).not.toContain('Planlagt');
    await page.getByRole('form', { name: 'Tilpas planen' }).waitFor();
    // The consultant cannot list Hjørring's institutions: the plan's own are offered under their group names.
    await page.getByText('Du kan ikke se kommunens liste over dagtilbud').waitFor();
    expect(
      await page
        .getByRole('group', { name: /^Arbejdsgruppe 1/ })
        .getByRole('checkbox')
        .count(),
    ).toBe(2);
    expect(await page.locator('#plan-preview').textContent()).toBe('Planen giver 33 møder.');
    await expectAccessible(page, 'consultant course page');
    await snap(page, 'course-consultant');

    // Too many sparring meetings and an empty extra meeting: the summary names both and takes focus.
    await page.getByLabel('Sparringsmøder med tovholderen').fill('30');
    await page.getByRole('button', { name: 'Tilføj ekstra møde' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-extra-0-title');
    await page.getByRole('button', { name: 'Gem planen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Planen kan ikke gemmes' });
    await summary
      .getByRole('link', { name: 'Sparringsmøder med tovholderen: Skriv et helt tal fra 0 til 24' })
      .waitFor();
    await summary.getByRole('link', { name: 'Titel på ekstra møde 1: Skal udfyldes' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-errors');
    await expectAccessible(page, 'plan with errors');
    await snap(page, 'course-plan-errors');

    await page.getByLabel('Sparringsmøder med tovholderen').fill('8');
    await page.getByLabel('Titel på ekstra møde 1').fill('Ekstra møde med forvaltningen');
    expect(await page.locator('#plan-preview').textContent()).toBe('Planen giver 36 møder.');
    await page.getByRole('button', { name: 'Gem planen' }).click();
    await page.getByRole('status').filter({ hasText: 'Planen er gemt. Forløbet har nu 36 møder.' }).waitFor();
    const titles = await meetingTitles(page);
    expect(titles).toHaveLength(36);
    expect(titles).toContain('Sparringsmøde med tovholderen 8');
    expect(titles).toContain('Ekstra møde med forvaltningen');
    expect(await planText(page)).toContain('8 sparringsmøder med tovholderen');
    expect(await planText(page)).toContain('1 ekstra møde');
    await expectAccessible(page, 'plan saved');
    await snap(page, 'course-plan-saved');
  }, 90_000);

  it('Hjørring’s coordinator reads the course without edit controls', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, HJOERRING);
    await openHjoerring(page);
    await openPlan(page);
    await page.getByRole('table', { name: 'Forløbets møder' }).waitFor();
    expect(await page.getByRole('form', { name: 'Tilpas planen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gem planen' }).count()).toBe(0);
    expect(await page.getByLabel('Forløbets praksiskonsulent').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.locator('dl.facts').textContent()).toContain('Jonas Kragh');
    await expectAccessible(page, 'coordinator course page');

    // "Hvem kan se dette?": closed until opened; then each reader with why, the admins counted.
    await page.getByRole('navigation', { name: 'Forløbets sider' }).getByRole('link', { name: 'Overblik' }).click();
    await h1(page, 'Forløb for Hjørring').waitFor();
    const readers = page.getByRole('table', { name: 'Personer der kan se dette' });
    expect(await readers.isVisible()).toBe(false);
    await page.getByText('Hvem kan se dette?').click();
    await readers.waitFor();
    const rowOf = (name: string) => readers.getByRole('row').filter({ hasText: name });
    expect(await rowOf('Jonas Kragh').textContent()).toContain('Praksiskonsulent tilknyttet forløbet');
    expect(await readers.textContent()).toContain('Kommunal tovholder i Hjørring Kommune');
    expect(await readers.textContent()).not.toContain('Helsingør');
    await page.getByText(/nationale? administrator(er)? \(Kan se alle sager af denne slags\)/).waitFor();
    await expectAccessible(page, 'readers panel open');
  });

  it('Helsingør’s coordinator neither lists nor opens Hjørring’s course', async () => {
    const { api } = await apiAs(suite.server.baseUrl, CONSULTANT);
    const { items } = (await (await api.get('/api/v1/courses')).json()) as {
      items: { id: string; municipalityName: string; roundName: string }[];
    };
    const hjoerringId = items.find((c) => c.municipalityName === 'Hjørring' && c.roundName === ROUND)?.id ?? '';
    await api.dispose();

    const { page } = await suite.freshSession();
    await logIn(page, HELSINGOER);
    await openArea(page, 'Forløb');
    // Only Helsingør's own course (newly signed in the demo).
    await courseTable(page).waitFor();
    const rows = courseTable(page).locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Helsingør');
    expect(await courseTable(page).getByText('Hjørring').count()).toBe(0);
    await expectAccessible(page, 'Helsingør course list');
    await page.goto(`/forloeb/${hjoerringId}`);
    await h1(page, 'Siden findes ikke').waitFor();
    expect(await page.getByText('Hjørring').count()).toBe(0);
    await expectAccessible(page, 'course not found');
  });

  it('the admin assigns the consultant on another course and gets a clear message on a conflict', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, ADMIN);
    await openArea(page, 'Forløb');
    const glostrup = courseTable(page)
      .getByRole('row', { name: /Glostrup/ })
      .filter({ hasText: 'Januar – december 2019' });
    expect(await glostrup.textContent()).toContain('Ingen konsulent endnu');
    await expectAccessible(page, 'admin course list');
    await glostrup.getByRole('link', { name: 'Glostrup' }).click();
    await h1(page, 'Forløb for Glostrup').waitFor();
    const courseId = page.url().split('/').pop() ?? '';
    await openPlan(page);
    expect(await page.locator('dl.facts').textContent()).toContain('Ingen konsulent endnu');
    await expectAccessible(page, 'admin course page');

    await page.getByLabel('Forløbets praksiskonsulent').selectOption({ label: `Jonas Kragh (${CONSULTANT})` });
    await page.getByRole('button', { name: 'Gem konsulent' }).click();
    await page.getByRole('status').filter({ hasText: 'Jonas Kragh er nu forløbets praksiskonsulent.' }).waitFor();
    expect(await page.locator('dl.facts').textContent()).toContain('Jonas Kragh');

    // Someone else changes the course: the next save meets the conflict, the page reloads the course.
    const { api, csrf } = await apiAs(suite.server.baseUrl, ADMIN);
    const current = (await (await api.get(`/api/v1/courses/${courseId}`)).json()) as {
      version: number;
      plan: { conferences: number };
    };
    const res = await api.put(`/api/v1/courses/${courseId}/plan`, {
      headers: { 'x-csrf-token': csrf },
      data: { version: current.version, plan: { ...current.plan, conferences: 2 } },
    });
    expect(res.status()).toBe(200);
    await api.dispose();
    await page.getByLabel('Forløbets praksiskonsulent').selectOption({ label: 'Ingen konsulent' });
    await page.getByRole('button', { name: 'Gem konsulent' }).click();
    await page.getByRole('alert').filter({ hasText: 'En anden har ændret forløbet' }).waitFor();
    await expect.poll(async () => planText(page)).toContain('2 landsdækkende konferencer');
    await expectAccessible(page, 'consultant conflict');
    await page.getByRole('button', { name: 'Gem konsulent' }).click();
    await page.getByRole('status').filter({ hasText: 'Forløbet har nu ingen praksiskonsulent.' }).waitFor();
    await snap(page, 'course-admin');
  }, 90_000);
});
