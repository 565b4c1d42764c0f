/**
 * Browser journeys through the real server (in-process, in-memory PGlite with
 * the demo data) in Debian's Chromium. Every page visited is scanned with axe;
 * page errors and CSP refusals fail the test.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoId } from '../../src/server/seed/demo-data.js';
import { chromiumAvailable, expectAccessible } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { apiAs, csrfOf, h1, logIn, menuLabels, openArea, snap } from './support/journey.js';

const LEADER = 'leder.hjoerring@kommune.example';
const STAFF = 'paedagog.hjoerring@kommune.example';
const COORDINATOR = 'koordinator.hjoerring@kommune.example';
const ADMIN = 'admin@socialstyrelsen.example';

describe.skipIf(!chromiumAvailable())('web client journeys', () => {
  const suite = browserSuite();
  let context: BrowserContext;
  let page: Page;

  async function freshPage() {
    ({ context, page } = await suite.freshSession());
  }

  it('refuses a wrong password with the Danish message', async () => {
    await freshPage();
    await page.goto('/');
    await page.waitForURL('**/log-ind');
    await h1(page, 'Log ind').waitFor();
    expect(await page.title()).toBe('Log ind – Indsats');
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    await expectAccessible(page, 'login page');

    await page.getByLabel('E-mail').fill(LEADER);
    await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('E-mail eller adgangskode er forkert.');
    await expectAccessible(page, 'login page with error');

    await page.getByRole('button', { name: 'English' }).click();
    await h1(page, 'Log in').waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'login page in English');
  }, 120_000);

  it('a daycare leader edits a child, meets a version conflict, and deletes a child', async () => {
    await freshPage();
    await logIn(page, LEADER);
    await expectAccessible(page, 'leader home');
    expect(await menuLabels(page)).toEqual([
      'Forside',
      'Kommuner',
      'Dagtilbud',
      'Børn',
      'Ansøgningsrunder',
      'Forløb',
      'Kalender',
    ]);
    await snap(page, 'leader-home');

    await openArea(page, 'Dagtilbud');
    await expectAccessible(page, 'institution list');
    await page.getByRole('link', { name: 'Børnehuset Solsikken' }).click();
    await h1(page, 'Børnehuset Solsikken').waitFor();
    const children = page.getByRole('table', { name: /^Børn – / });
    await children.waitFor();
    const exportHref = await page.getByRole('link', { name: 'Hent børnelisten som CSV' }).getAttribute('href');
    expect(exportHref).toContain('/api/v1/children/export.csv?institutionId=');
    await expectAccessible(page, 'institution detail');
    await snap(page, 'leader-institution');

    // Open the first child and rename it.
    const firstChild = children.getByRole('link').first();
    const childName = (await firstChild.textContent())?.trim() ?? '';
    await firstChild.click();
    await h1(page, childName).waitFor();
    await expectAccessible(page, 'child detail');
    await page.getByLabel('Fornavn').fill('Villads');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('status').filter({ hasText: 'Ændringerne er gemt.' }).waitFor();
    await h1(page, /^Villads /).waitFor();
    await expectAccessible(page, 'child saved');

    // Someone else changes the child meanwhile; our next save is refused, and what we typed stays.
    const childId = page.url().split('/').pop() ?? '';
    const changeBehindOurBack = async (data: Record<string, string>) => {
      const current = await (await page.request.get(`/api/v1/children/${childId}`)).json();
      const res = await page.request.patch(`/api/v1/children/${childId}`, {
        headers: { 'x-csrf-token': await csrfOf(page) },
        data: { version: current.version, ...data },
      });
      expect(res.status()).toBe(200);
    };
    const conflict = page.getByRole('alert').filter({ hasText: 'En anden har ændret dette' });

    await changeBehindOurBack({ lastName: 'Østergaard' });
    await page.getByLabel('Fornavn').fill('Viggo');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await conflict.getByRole('table').waitFor();
    expect(await page.getByLabel('Fornavn').inputValue()).toBe('Viggo');
    await expectAccessible(page, 'child version conflict');
    await snap(page, 'leader-child-conflict');
    await page.getByRole('button', { name: 'Hent den nyeste udgave' }).click();
    expect(await page.getByLabel('Fornavn').inputValue()).toBe('Villads');
    expect(await page.getByLabel('Efternavn').inputValue()).toBe('Østergaard');

    // Again, but keep our change: it is laid on top of theirs, not over it.
    await changeBehindOurBack({ lastName: 'Østergaard-Andersen' });
    await page.getByLabel('Fornavn').fill('Viggo');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await conflict.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Gem mine ændringer oven i den nyeste udgave' }).click();
    await h1(page, 'Viggo Østergaard-Andersen').waitFor();
    expect(await page.getByLabel('Efternavn').inputValue()).toBe('Østergaard-Andersen');

    // Delete, after confirming.
    await page.getByRole('button', { name: 'Slet barn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slet barnet?' });
    await dialog.waitFor();
    await expectAccessible(page, 'delete confirmation');
    await dialog.getByRole('button', { name: 'Ja, slet barnet' }).click();
    await h1(page, 'Børnehuset Solsikken').waitFor();
    await page.getByRole('status').filter({ hasText: 'Viggo Østergaard-Andersen er slettet.' }).waitFor();
    await expectAccessible(page, 'institution after delete');
    expect((await page.request.get(`/api/v1/children/${childId}`)).status()).toBe(404);
  });

  it('a coordinator sees another menu and creates and deactivates a user', async () => {
    await freshPage();
    await logIn(page, COORDINATOR);
    expect(await menuLabels(page)).toEqual([
      'Forside',
      'Kommuner',
      'Dagtilbud',
      'Ansøgningsrunder',
      'Ansøgninger',
      'Forløb',
      'Kalender',
      'Brugere',
    ]);
    await expectAccessible(page, 'coordinator home');

    await openArea(page, 'Brugere');
    await page.getByRole('table', { name: 'Brugere' }).waitFor();
    await expectAccessible(page, 'user list');
    await snap(page, 'coordinator-users');

    await page.getByRole('link', { name: 'Opret bruger' }).click();
    await h1(page, 'Opret bruger').waitFor();
    await page.getByLabel('Navn', { exact: true }).fill('Nanna Testesen');
    await page.getByLabel('E-mail').fill('nanna.testesen');
    await page.getByLabel('Rolle').selectOption('staff');
    await page.getByLabel('Dagtilbud').selectOption({ label: 'Børnehuset Solsikken' });
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    const emailError = page.locator('#create-user-email-error');
    await emailError.waitFor();
    expect(await emailError.textContent()).toContain('Skriv en gyldig e-mailadresse');
    await expectAccessible(page, 'create user with field error');

    await page.getByLabel('E-mail').fill('nanna.testesen@kommune.example');
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await h1(page, 'Nanna Testesen').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Nanna Testesen er oprettet og har fået en invitation på e-mail.' })
      .waitFor();
    await page.getByText('Invitationen er sendt og gælder til').waitFor();
    await expectAccessible(page, 'user detail');
    await page.getByRole('button', { name: 'Deaktivér bruger' }).click();
    await page.getByRole('status').filter({ hasText: 'Brugeren er deaktiveret.' }).waitFor();
    await page.getByRole('button', { name: 'Genaktivér bruger' }).waitFor();
    await snap(page, 'coordinator-user');
  });

  it('an invited user follows the link in the mail, chooses a password and logs in with it', async () => {
    const coordinator = await apiAs(suite.server.baseUrl, COORDINATOR);
    const created = await coordinator.api.post('/api/v1/users', {
      headers: { 'x-csrf-token': coordinator.csrf },
      data: {
        email: 'signe.nyansat@kommune.example',
        name: 'Signe Nyansat',
        assignment: { role: 'partner', municipalityCode: '0860' },
      },
    });
    expect(created.status()).toBe(201);
    await coordinator.api.dispose();
    // The mail as the outbox holds it (no SMTP in this suite): the link is in it, nowhere else.
    const admin = await apiAs(suite.server.baseUrl, ADMIN);
    const outbox = (await (await admin.api.get('/api/v1/outbox')).json()) as { items: { to: string; body: string }[] };
    await admin.api.dispose();
    const mail = outbox.items.find((m) => m.to === 'signe.nyansat@kommune.example');
    const path = /\/ny-adgangskode#token=[A-Za-z0-9_-]+/.exec(mail?.body ?? '')?.[0];
    expect(path).toBeDefined();

    await freshPage();
    await page.goto(path!);
    await h1(page, 'Vælg din adgangskode').waitFor();
    await page.getByText('Hej Signe Nyansat. Du logger ind med signe.nyansat@kommune.example.').waitFor();
    expect(page.url()).not.toContain('token');
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('password1234');
    await page.getByLabel('Gentag adgangskoden').fill('password1234');
    await page.getByRole('button', { name: 'Gem adgangskode' }).click();
    await page.locator('#set-password-newPassword-error').filter({ hasText: 'almindelige eller lækkede' }).waitFor();
    await expectAccessible(page, 'choose password with field error');
    await snap(page, 'set-password');

    await page.getByLabel('Ny adgangskode', { exact: true }).fill('Mine-egne-ord-i-haven');
    await page.getByLabel('Gentag adgangskoden').fill('Mine-egne-ord-i-haven');
    await page.getByRole('button', { name: 'Gem adgangskode' }).click();
    await h1(page, 'Log ind').waitFor();
    await page.getByRole('status').filter({ hasText: 'Din adgangskode er gemt.' }).waitFor();
    expect(await page.getByLabel('E-mail').inputValue()).toBe('signe.nyansat@kommune.example');
    await page.getByLabel('Adgangskode').fill('Mine-egne-ord-i-haven');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await h1(page, /^Velkommen/).waitFor();

    await page.getByRole('link', { name: 'Dine sessioner' }).first().click();
    await h1(page, 'Dine sessioner').waitFor();
    await page.getByText('Denne session').waitFor();
    await expectAccessible(page, 'own sessions');
  }, 120_000);

  it('a user with two roles switches role and gets that role’s menu', async () => {
    const { api, csrf } = await apiAs(suite.server.baseUrl, ADMIN);
    const assigned = await api.post(`/api/v1/users/${demoId(`user/${COORDINATOR}`)}/assignments`, {
      headers: { 'x-csrf-token': csrf },
      data: { role: 'daycare_chief', municipalityCode: '0860' },
    });
    expect(assigned.status()).toBe(200);
    await api.dispose();

    await freshPage();
    await logIn(page, COORDINATOR);
    const switcher = page.getByLabel('Skift rolle');
    expect(await switcher.inputValue()).toBe('coordinator');
    await switcher.selectOption({ label: 'Dagtilbudschef' });
    await page.getByRole('button', { name: 'Skift', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Du arbejder nu som Dagtilbudschef.' }).waitFor();
    expect(await menuLabels(page)).toEqual([
      'Forside',
      'Kommuner',
      'Dagtilbud',
      'Børn',
      'Ansøgningsrunder',
      'Ansøgninger',
      'Forløb',
      'Kalender',
      'Revisionslog',
    ]);
    await expectAccessible(page, 'home after role switch');

    await openArea(page, 'Revisionslog');
    const log = page.getByRole('table', { name: 'Hændelser i revisionsloggen' });
    await log.waitFor();
    expect(await log.getByText('Skiftet rolle', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'audit log');
    await snap(page, 'chief-audit');
  }, 120_000);

  it('staff are refused the user pages, and an expired session leads back to the login page', async () => {
    await freshPage();
    await logIn(page, STAFF);
    expect(await menuLabels(page)).not.toContain('Brugere');
    await page.goto('/brugere');
    await h1(page, 'Du har ikke adgang').waitFor();
    expect(await page.title()).toBe('Du har ikke adgang – Indsats');
    await expectAccessible(page, 'refusal page');

    await page.goto('/findes/ikke');
    await h1(page, 'Siden findes ikke').waitFor();
    await expectAccessible(page, 'not found page');

    await context.clearCookies();
    await openArea(page, 'Dagtilbud', 'Log ind');
    await page.getByText('Din session er udløbet. Log ind igen for at fortsætte.').waitFor();
    await expectAccessible(page, 'login after expiry');
  }, 120_000);
});
