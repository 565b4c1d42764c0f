/**
 * Application rounds in the browser: the agency lists, creates and edits a
 * round (deadline in summer time) and assigns an assessor; the assessor
 * sees only their rounds. Every page visited is scanned with axe.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { DEMO, shownDeadline } from './support/demo-dates.js';
import { h1, logIn, menuLabels, openArea, snap } from './support/journey.js';

const ADMIN = 'admin@socialstyrelsen.example';
const ASSESSOR = 'bedoemmer@socialstyrelsen.example';
/** Newest course period first: the open round, the closed one, the signed one, the one under way, then the historical rounds. */
const DEMO_ROUNDS = [
  DEMO.open.name,
  DEMO.closed.name,
  DEMO.signed.name,
  DEMO.underWay.name,
  'Januar – december 2019',
  'August 2018 – juni 2019',
  'Januar – december 2018',
  'August 2017 – juni 2018',
];
const NEW_ROUND = 'Ekstra runde januar – december 2028';

describe.skipIf(!chromiumAvailable())('application rounds', () => {
  const suite = browserSuite();
  let context: BrowserContext;
  let page: Page;

  async function freshPage() {
    ({ context, page } = await suite.freshSession());
  }

  const roundNames = async () =>
    (await page.getByRole('table', { name: 'Ansøgningsrunder' }).locator('tbody th').allTextContents()).map((s) =>
      s.trim(),
    );

  it('the agency creates a round in summer time, edits it and assigns an assessor; the assessor sees only their rounds', async () => {
    await freshPage();
    await logIn(page, ADMIN);
    expect(await menuLabels(page)).toContain('Ansøgningsrunder');
    await openArea(page, 'Ansøgningsrunder');
    expect(await page.title()).toBe('Ansøgningsrunder – Indsats');
    await page.getByRole('table', { name: 'Ansøgningsrunder' }).waitFor();
    expect(await roundNames()).toEqual(DEMO_ROUNDS);
    const openRow = page.getByRole('row', { name: DEMO.open.name });
    expect(await openRow.textContent()).toContain('Åben');
    expect(await openRow.textContent()).toContain(shownDeadline(DEMO.open.deadline));
    expect(await page.getByRole('row', { name: /Januar – december 2019/ }).textContent()).toContain('Lukket');
    await expectAccessible(page, 'round list');
    await snap(page, 'admin-rounds');

    // Create: criteria, requirements and rules start as the latest round's.
    await page.getByRole('link', { name: 'Opret ansøgningsrunde' }).click();
    await h1(page, 'Opret ansøgningsrunde').waitFor();
    expect(await page.getByLabel('Tildelingskriterium 1').inputValue()).not.toBe('');
    expect(await page.getByLabel('Krav 3', { exact: true }).inputValue()).not.toBe('');
    await expectAccessible(page, 'create round');

    // A period that ends before it begins is refused next to the field.
    await page.getByLabel('Navn', { exact: true }).fill(NEW_ROUND);
    await page.getByLabel('Forløbet begynder').fill('2028-12-31');
    await page.getByLabel('Forløbet slutter').fill('2028-01-01');
    await page.getByLabel('Dato for fristen').fill('2027-06-15');
    await page.getByLabel('Klokkeslæt for fristen').fill('12:00');
    await page.getByLabel('Pladser', { exact: true }).fill('6');
    await page.getByRole('button', { name: 'Opret ansøgningsrunde' }).click();
    await page.getByRole('alert').filter({ hasText: 'Forløbet skal slutte efter' }).waitFor();
    await expectAccessible(page, 'create round with errors');
    await snap(page, 'admin-round-errors');

    await page.getByLabel('Forløbet begynder').fill('2028-01-01');
    await page.getByLabel('Forløbet slutter').fill('2028-12-31');
    await page.getByRole('button', { name: 'Opret ansøgningsrunde' }).click();
    await h1(page, NEW_ROUND).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Ansøgningsrunden ${NEW_ROUND} er oprettet.` })
      .waitFor();
    const facts = page.locator('dl.facts');
    expect(await facts.textContent()).toContain('15. juni 2027 kl. 12.00');
    expect(await page.getByRole('main').textContent()).toContain('Mindst 1 lille kommune (under 40.000 indbyggere)');
    const roundId = page.url().split('/').pop() ?? '';
    const stored = (await (await page.request.get(`/api/v1/rounds/${roundId}`)).json()) as {
      deadline: string;
      capacity: number;
    };
    expect(new Date(stored.deadline).toISOString()).toBe('2027-06-15T10:00:00.000Z');
    expect(stored.capacity).toBe(6);
    await expectAccessible(page, 'round detail');
    await snap(page, 'admin-round');

    // Edit the capacity.
    await page.getByLabel('Pladser', { exact: true }).fill('8');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('status').filter({ hasText: 'Ændringerne er gemt.' }).waitFor();
    expect(await facts.textContent()).toContain('8 kommuner');
    expect(await facts.textContent()).toContain('15. juni 2027 kl. 12.00');

    // Assign the demo assessor.
    await page.getByLabel(/Hanne Dahl/).check();
    await page.getByRole('button', { name: 'Gem bedømmere' }).click();
    await page.getByRole('status').filter({ hasText: 'Bedømmerne er gemt.' }).waitFor();
    const after = (await (await page.request.get(`/api/v1/rounds/${roundId}`)).json()) as {
      capacity: number;
      assessors: { email: string }[];
    };
    expect(after.capacity).toBe(8);
    expect(after.assessors.map((a) => a.email)).toEqual([ASSESSOR]);
    await expectAccessible(page, 'round saved');
    await context.close();

    // The assessor sees the rounds assigned to them, and cannot change them.
    await freshPage();
    await logIn(page, ASSESSOR);
    await openArea(page, 'Ansøgningsrunder');
    await page.getByRole('table', { name: 'Ansøgningsrunder' }).waitFor();
    // The new round may share its course start with a demo round, so the order among those is the ids'.
    expect((await roundNames()).sort()).toEqual(
      [NEW_ROUND, DEMO.open.name, DEMO.closed.name, 'Januar – december 2019'].sort(),
    );
    expect(await page.getByRole('link', { name: 'Opret ansøgningsrunde' }).count()).toBe(0);
    await expectAccessible(page, 'assessor round list');
    await page.getByRole('link', { name: NEW_ROUND }).click();
    await h1(page, NEW_ROUND).waitFor();
    expect(await page.getByRole('button', { name: 'Gem ændringer' }).count()).toBe(0);
    expect(await page.locator('dl.facts').textContent()).toContain('8 kommuner');
    await expectAccessible(page, 'assessor round detail');
    await snap(page, 'assessor-round');
  }, 90_000);
});
