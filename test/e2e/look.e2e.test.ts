/**
 * The look and the small things (issue 11, point 10): the footer's public
 * pages open without a login and are axe-clean; primary buttons wear
 * Indsats's dkfds primary colour, not the neutral theme's grey; a course's
 * meeting table stays inside a phone's 375 px (each meeting a card, never
 * off-screen); the assessor reads the application beside the scoring form.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { h1, logIn, openArea, snap } from './support/journey.js';

const CONSULTANT = 'konsulent@socialstyrelsen.example';
const ASSESSOR = 'bedoemmer@socialstyrelsen.example';
const PRIMARY_BLUE = 'rgb(0, 89, 179)';

/** Every primary button on the page: its background colour. */
const primaryColours = (page: Page) =>
  page
    .locator('.button.button-primary')
    .evaluateAll((buttons) => buttons.map((b) => getComputedStyle(b).backgroundColor));

/** How far the page itself is wider than the window (0: nothing off-screen). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!chromiumAvailable())('the look', () => {
  const suite = browserSuite();

  it('the footer’s accessibility statement, privacy policy and contact page open without logging in', async () => {
    const { page } = await suite.freshSession();
    await page.goto('/log-ind');
    await h1(page, 'Log ind').waitFor();
    expect(await primaryColours(page)).toEqual([PRIMARY_BLUE]);
    const footer = page.getByRole('contentinfo');
    for (const [link, heading, text] of [
      ['Tilgængelighedserklæring', 'Tilgængelighedserklæring', 'WCAG 2.1'],
      ['Privatlivspolitik', 'Privatlivspolitik', 'aldrig om CPR-nummer'],
      ['Kontakt', 'Kontakt', 'Databeskyttelsesrådgiveren'],
    ] as const) {
      await footer.getByRole('link', { name: link, exact: true }).click();
      await h1(page, heading).waitFor();
      expect(await page.locator('main').textContent()).toContain(text);
      expect(await page.title()).toBe(`${heading} – Indsats`);
      await expectAccessible(page, `${heading} page`);
    }
    // Its own address works too, also straight from outside (the server's page fallback).
    await page.goto('/privatliv');
    await h1(page, 'Privatlivspolitik').waitFor();
  });

  it('a course’s meeting table fits a phone: the page never scrolls sideways', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, CONSULTANT);
    await openArea(page, 'Forløb');
    await page.getByRole('table', { name: 'Forløb' }).getByRole('link', { name: 'Hjørring' }).first().click();
    await h1(page, 'Forløb for Hjørring').waitFor();
    await page.goto(`${new URL(page.url()).pathname}/moeder`);
    const table = page.getByRole('table', { name: 'Forløbets møder' });
    await table.waitFor();
    expect((await primaryColours(page)).every((c) => c === PRIMARY_BLUE)).toBe(true);

    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => pageOverflow(page)).toBe(0);
    // Each meeting a card: no column headings, each cell labelled, the table within the window.
    expect(await table.locator('thead').isVisible()).toBe(false);
    const box = await table.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await snap(page, 'look-meetings-375');
    await expectAccessible(page, 'meeting table at 375 px');
  });

  it('the assessor sees the application beside the scoring on a wide screen', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, ASSESSOR);
    await openArea(page, 'Bedømmelser');
    await page
      .getByRole('link', { name: /^Bedøm / })
      .first()
      .click();
    await h1(page, /^Bedømmelse af/).waitFor();
    const application = await page.getByRole('region', { name: 'Ansøgningen', exact: true }).boundingBox();
    const scoring = await page.getByTestId('assess-scoring').boundingBox();
    if (!application || !scoring) throw new Error('the application or the scoring is not on the page');
    // Side by side: the scoring starts right of the application, at the same height.
    expect(scoring.x).toBeGreaterThanOrEqual(application.x + application.width - 1);
    expect(Math.abs(scoring.y - application.y)).toBeLessThan(200);
    await snap(page, 'look-assess-wide');
  });
});
