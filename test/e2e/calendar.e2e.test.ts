/**
 * Calendars in the browser, on /kalender: the consultant creates a calendar
 * subscription (the address shown once works and answers iCalendar), makes a
 * new link (the old one stops), revokes it; registers an absence after the
 * form has refused an empty and a backwards one, and deletes it again.
 * Every state is scanned with axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { logIn, openArea, snap } from './support/journey.js';

const CONSULTANT = 'konsulent@socialstyrelsen.example';

const subscription = (page: Page) => page.getByRole('region', { name: 'Kalenderabonnement' });
const absences = (page: Page) => page.getByRole('region', { name: 'Fravær' });
const linkField = (page: Page) => page.getByLabel('Dit personlige kalenderlink');

async function feedStatus(page: Page, url: string): Promise<number> {
  return (await page.request.get(url)).status();
}

describe.skipIf(!chromiumAvailable())('calendar', () => {
  const suite = browserSuite();

  it('the consultant subscribes, renews and revokes the calendar link, and registers and deletes an absence', async () => {
    const { page } = await suite.freshSession();
    await logIn(page, CONSULTANT);
    await openArea(page, 'Kalender');

    // Subscription: explained, created, shown once, working.
    await subscription(page).getByText('Du har ikke noget kalenderabonnement.').waitFor();
    await subscription(page).getByRole('button', { name: 'Opret abonnement' }).click();
    await linkField(page).waitFor();
    const first = await linkField(page).inputValue();
    expect(first).toMatch(/\/api\/v1\/calendar\/feeds\/[A-Za-z0-9_-]{43}$/);
    expect(await page.getByRole('link', { name: 'Åbn i kalenderprogram' }).getAttribute('href')).toBe(
      first.replace(/^https?:/, 'webcal:'),
    );
    const feed = await page.request.get(first);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await subscription(page).getByText('Du har et aktivt kalenderabonnement.').waitFor();
    await expectAccessible(page, 'calendar subscription created');
    await snap(page, 'calendar-subscription');

    // A new link: confirmed first; the old one stops working.
    await subscription(page).getByRole('button', { name: 'Lav nyt link' }).click();
    const renew = page.getByRole('dialog', { name: 'Lav et nyt link?' });
    await renew.waitFor();
    await expectAccessible(page, 'renew dialog');
    await renew.getByRole('button', { name: 'Lav nyt link' }).click();
    await renew.waitFor({ state: 'detached' });
    await expect.poll(() => linkField(page).inputValue()).not.toBe(first);
    const second = await linkField(page).inputValue();
    expect(await feedStatus(page, first)).toBe(404);
    expect(await feedStatus(page, second)).toBe(200);

    // Revoked: confirmed, the link answers 404, the panel offers a new subscription.
    await subscription(page).getByRole('button', { name: 'Spær abonnement' }).click();
    const revoke = page.getByRole('dialog', { name: 'Spær kalenderabonnementet?' });
    await revoke.getByRole('button', { name: 'Spær abonnement' }).click();
    await subscription(page).getByText('Kalenderabonnementet er spærret. Linket virker ikke længere.').waitFor();
    await subscription(page).getByRole('button', { name: 'Opret abonnement' }).waitFor();
    expect(await linkField(page).count()).toBe(0);
    expect(await feedStatus(page, second)).toBe(404);

    // Absence: the form refuses in Danish, then registers; the row can be deleted.
    await absences(page).getByText('Du har ikke registreret noget fravær.').waitFor();
    const form = page.getByRole('form', { name: 'Registrér fravær' });
    await form.getByRole('button', { name: 'Registrér fravær' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Fraværet kunne ikke registreres' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Fra og med: Skriv en dato',
      'Til og med: Skriv en dato',
    ]);
    await expectAccessible(page, 'absence form errors');
    await summary.getByRole('link', { name: /^Fra og med/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('absence-fromDate');

    await form.getByLabel('Fra og med').fill('2027-07-20');
    await form.getByLabel('Til og med').fill('2027-07-10');
    await form.getByRole('button', { name: 'Registrér fravær' }).click();
    await summary.getByRole('link', { name: 'Til og med: Slutdatoen må ikke ligge før startdatoen' }).waitFor();
    await form.getByLabel('Til og med').fill('2027-07-31');
    await form.getByLabel('Note').fill('Sommerferie på Ærø');
    await form.getByRole('button', { name: 'Registrér fravær' }).click();
    await form.getByText('Fraværet 20. juli 2027 – 31. juli 2027 er registreret.').waitFor();
    const row = absences(page)
      .getByRole('table', { name: 'Dit fravær' })
      .getByRole('row', { name: /Sommerferie på Ærø/ });
    await row.waitFor();
    await expectAccessible(page, 'absence registered');
    await snap(page, 'calendar-absence');

    await row.getByRole('button', { name: 'Slet fraværet 20. juli 2027 – 31. juli 2027' }).click();
    const remove = page.getByRole('dialog', { name: 'Slet fraværet?' });
    await remove.getByRole('button', { name: 'Slet fravær' }).click();
    await absences(page).getByText('Fraværet er slettet.').waitFor();
    await absences(page).getByText('Du har ikke registreret noget fravær.').waitFor();
    await expectAccessible(page, 'absence deleted');
  });
});
