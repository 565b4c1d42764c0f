/**
 * Scheduling in the browser: the consultant opens Hjørring's course (August
 * 2018 – June 2019), asks for proposed dates, uses the proposal, moves a
 * working-group meeting into the autumn holiday and sees the broken rule –
 * on the meetings page and in the one calendar. Every page state visited is
 * scanned with axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { h1, logIn, openArea, snap } from './support/journey.js';

const CONSULTANT = 'konsulent@socialstyrelsen.example';
const HOLIDAY_RULE = 'Mødet ligger i en ferieuge (efterårsferie 15.–19. oktober)';

const meetingsTable = (page: Page) => page.getByRole('table', { name: 'Forløbets møder' });

describe.skipIf(!chromiumAvailable())('schedule', () => {
  const suite = browserSuite();

  it('the consultant proposes dates, uses them, moves a meeting into a holiday week and sees the broken rule', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, CONSULTANT);
    await openArea(page, 'Forløb');
    await page.getByRole('table', { name: 'Forløb' }).getByRole('link', { name: 'Hjørring' }).click();
    await h1(page, 'Forløb for Hjørring').waitFor();
    await page.getByRole('navigation', { name: 'Forløbets sider' }).getByRole('link', { name: 'Møder' }).click();
    await h1(page, 'Møder').waitFor();
    expect(await page.title()).toBe('Møder – forløb for Hjørring – Forløb – Indsats');
    await meetingsTable(page).waitFor();
    expect(await meetingsTable(page).getByText('Ikke planlagt endnu').count()).toBe(33);
    await page.getByText('33 møder har ingen dato endnu.').waitFor();
    await expectAccessible(page, 'meetings page');

    // The proposal: shown first, nothing stored until "Brug forslaget".
    await page.getByRole('button', { name: 'Foreslå datoer' }).click();
    const proposal = page.getByRole('table', { name: 'Foreslåede datoer' });
    await proposal.waitFor();
    expect(await proposal.locator('tbody tr').count()).toBe(33);
    expect(await proposal.locator('tbody tr').first().textContent()).toContain('Opstartsmøde');
    await page.getByText(/^Temadagen bliver /).waitFor();
    expect(await meetingsTable(page).getByText('Ikke planlagt endnu').count()).toBe(33);
    await expectAccessible(page, 'proposal');
    await snap(page, 'schedule-proposal');
    await page.getByRole('button', { name: 'Brug forslaget' }).click();
    await page.getByRole('status').filter({ hasText: '33 møder har fået en dato.' }).waitFor();
    await expect.poll(() => meetingsTable(page).getByText('Ikke planlagt endnu').count()).toBe(0);
    expect(await page.getByText('Alle forløbets planlagte møder har en dato.').count()).toBe(1);
    expect(await meetingsTable(page).getByText(/brudte? regler?/).count()).toBe(0);
    await expectAccessible(page, 'proposal used');

    // Moved by hand into the autumn holiday: saved, and the broken rule shown – in the answer and at the meeting.
    const row = meetingsTable(page).getByRole('row', { name: /Arbejdsgruppemøde 1 –/ }).first();
    const title = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
    await row.getByRole('button', { name: `Flyt ${title}` }).click();
    await page.getByRole('heading', { name: `Flyt: ${title}` }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('move-meeting-heading');
    await page.getByLabel('Dato', { exact: true }).fill('2018-10-16');
    await page.getByLabel('Starter kl.').selectOption('10:00');
    await page.getByLabel('Slutter kl.').selectOption('12:00');
    await expectAccessible(page, 'move form');
    await page.getByRole('button', { name: 'Gem flytningen' }).click();
    const result = page.getByRole('alert').filter({ hasText: `${title} er flyttet, men bryder disse regler:` });
    await result.waitFor();
    expect(await result.textContent()).toContain(HOLIDAY_RULE);
    const moved = meetingsTable(page).getByRole('row', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await expect.poll(async () => (await moved.textContent()) ?? '').toContain(HOLIDAY_RULE);
    expect(await moved.textContent()).toContain('16. oktober 2018 kl. 10:00–12:00');
    expect(await moved.textContent()).toMatch(/\d brudte? regler?/);
    await expectAccessible(page, 'meeting moved');
    await snap(page, 'schedule-moved');

    // The one calendar shows it in week 42 with the same rule.
    await page.goto('/kalender?maaned=2018-10');
    await h1(page, 'Kalender').waitFor();
    const week = page.getByRole('table', { name: /^Uge 42/ });
    await week.waitFor();
    expect(await week.getByRole('row', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).textContent()).toContain(HOLIDAY_RULE);
    await page.getByRole('alert').filter({ hasText: 'bryder en regel denne måned' }).waitFor();
    await expectAccessible(page, 'calendar');
    await snap(page, 'schedule-calendar');
  }, 120_000);
});
