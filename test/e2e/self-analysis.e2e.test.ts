/**
 * The self-analysis in the browser: Hjørring's coordinator opens the course's
 * self-analysis, tries to present it too early and follows the error
 * summary's link to the field, fills in a few fields, sees them saved,
 * presents it and downloads the PDF presentation. Every state is scanned with axe.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { h1, logIn, openArea, snap } from './support/journey.js';

const HJOERRING = 'koordinator.hjoerring@kommune.example';
/** Hjørring's course of August 2018, untouched (the demo's course year under way is Hjørring's current course). */
const ROUND = 'August 2018 – juni 2019';

describe.skipIf(!chromiumAvailable())('self-analysis', () => {
  const suite = browserSuite();

  it('the coordinator fills in the self-analysis, sees it saved, presents it and downloads the PDF', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, HJOERRING);
    await openArea(page, 'Forløb');
    await page
      .getByRole('table', { name: 'Forløb' })
      .getByRole('row')
      .filter({ hasText: ROUND })
      .getByRole('link', { name: 'Hjørring' })
      .click();
    await h1(page, 'Forløb for Hjørring').waitFor();
    await page.getByRole('navigation', { name: 'Forløbets sider' }).getByRole('link', { name: 'Egenanalyse' }).click();
    await h1(page, 'Egenanalyse').waitFor();
    expect(await page.title()).toBe('Egenanalyse – Hjørring – Forløb – Indsats');
    expect(await page.locator('dl.facts').textContent()).toContain('Ikke påbegyndt');
    // The figures Indsats holds are filled in and marked as such.
    const prefilled = page.getByRole('table', { name: 'Tal fra Indsats – Hjørring' });
    expect(await prefilled.getByRole('row', { name: /Dagtilbud i forløbet/ }).textContent()).toContain('Fra Indsats');
    expect(await prefilled.getByRole('row', { name: /Trivsel/ }).textContent()).toContain(
      'Følger, når trivselsvurderinger er i brug',
    );
    await expectAccessible(page, 'empty self-analysis');

    // Too early: the summary lists what is missing and its links lead to the fields.
    await page.getByRole('button', { name: 'Fremlæg', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Egenanalysen kan ikke fremlægges endnu' });
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('self-analysis-present-errors');
    await summary.getByRole('link', { name: 'Ledelse: Besvar mindst ét af spørgsmålene' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sa-leadership-backing');
    await expectAccessible(page, 'self-analysis with missing parts');

    await page
      .getByLabel(/^Hvordan bakker forvaltningen/)
      .fill('Direktionen og dagtilbudschefen står bag; tovholderen driver arbejdet.');
    await page
      .getByLabel(/^Hvordan er det tværfaglige samarbejde/)
      .fill('Faste tværfaglige møder med sundhedsplejen hver måned.');
    await page.getByLabel(/^Hvilke målrettede indsatser/).fill('Sprogindsats og læringskufferter til familierne.');
    const staff = page.getByLabel('Pædagogisk personale (antal ansatte)');
    expect(await staff.count()).toBe(2);
    await staff.nth(0).fill('14');
    await staff.nth(1).fill('9');
    await page.getByLabel('Andel uddannede pædagoger (%)').first().fill('62,5');
    await page.getByRole('button', { name: 'Tilføj styrke' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sa-strengths-0');
    await page.getByLabel('Styrke 1', { exact: true }).fill('Stærk faglig ledelse');
    await page.getByRole('button', { name: 'Tilføj udfordring' }).click();
    await page.getByLabel('Udfordring 1', { exact: true }).fill('Få uddannede pædagoger i ydreområderne');
    await page.keyboard.press('Tab'); // leaving the field saves at once
    await page
      .locator('#self-analysis-save-status')
      .getByText(/^Gemt kl\./)
      .waitFor();
    await page.getByText('Alt det nødvendige er udfyldt.').waitFor();
    await expectAccessible(page, 'self-analysis filled in');
    await snap(page, 'self-analysis-draft');

    await page.getByRole('button', { name: 'Fremlæg', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Fremlæg egenanalysen' });
    await dialog.getByRole('button', { name: 'Fremlæg', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Egenanalysen er fremlagt.' }).waitFor();
    expect(await page.locator('dl.facts').textContent()).toContain('Fremlagt');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByRole('button', { name: 'Genåbn' }).waitFor();
    expect(
      await page.getByRole('table', { name: 'Tal, kommunen har indtastet – Børnehuset Solsikken' }).textContent(),
    ).toContain('14');
    await expectAccessible(page, 'self-analysis presented');
    await snap(page, 'self-analysis-presented');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^egenanalyse-Hj.*\.pdf$/);
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
