import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type APIRequestContext, type Locator, type Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO_PASSWORD } from '../../../src/server/seed/demo-users.js';
import { expectAccessible } from './browser.js';

export const SCREENSHOT_DIR = join(tmpdir(), 'indsats-e2e');
mkdirSync(SCREENSHOT_DIR, { recursive: true });

/** A full-page screenshot in the temp folder, for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export function h1(page: Page, name?: string | RegExp): Locator {
  return page.getByRole('heading', { level: 1, ...(name ? { name } : {}) });
}

export function mainMenu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Hovedmenu' }).first();
}

/** The main menu's entries, as the user sees them (without the count of tasks beside "Mine opgaver"). */
export async function menuLabels(page: Page): Promise<string[]> {
  const labels = await mainMenu(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.querySelector('span')?.textContent ?? ''));
  return labels.map((s) => s.trim());
}

/** Logs in through the login page (checking it with axe) and waits for the start page, "Mine opgaver". */
export async function logIn(page: Page, email: string, opts: { scan?: boolean } = {}): Promise<void> {
  await page.goto('/log-ind');
  await h1(page, 'Log ind').waitFor();
  if (opts.scan) await expectAccessible(page, 'login page');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await h1(page, 'Mine opgaver').waitFor();
}

/** Opens a main-menu area and waits for its heading. */
export async function openArea(page: Page, label: string, heading: string | RegExp = label): Promise<void> {
  await mainMenu(page).getByRole('link', { name: label, exact: true }).click();
  await h1(page, heading).waitFor();
}

/** A logged-in API client (cookie + CSRF token), for setting the stage behind the browser's back. */
export async function apiAs(baseURL: string, email: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } });
  if (!res.ok()) throw new Error(`API login as ${email} failed: ${res.status()}`);
  const session = (await res.json()) as { csrfToken: string };
  return { api, csrf: session.csrfToken };
}

/** The CSRF token of the browser page's own session (its request context shares the cookies). */
export async function csrfOf(page: Page): Promise<string> {
  const res = await page.request.get('/api/v1/session');
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** What printing the page gives: Chromium's print to PDF, read back with a real PDF parser. */
export async function printed(page: Page): Promise<{ text: string; pages: { landscape: boolean }[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  const { text } = await extractText(pdf, { mergePages: true });
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { width, height } = (await pdf.getPage(n)).getViewport({ scale: 1 });
    pages.push({ landscape: width > height });
  }
  return { text: text.replace(/\s+/g, ' '), pages };
}

/**
 * Fills in the assessor's scoring form: every requirement met, criterion n scored
 * `scores[n - 1]`, and a justification for each criterion.
 */
export async function fillAssessment(
  form: Locator,
  scores: readonly string[],
  reason: (n: number) => string,
): Promise<void> {
  for (const n of [1, 2, 3]) {
    await form
      .getByRole('group', { name: new RegExp(`^Krav ${n}:`) })
      .getByLabel('Opfyldt', { exact: true })
      .check();
    await form
      .getByRole('group', { name: `Point for tildelingskriterium ${n}` })
      .getByLabel(scores[n - 1]!, { exact: true })
      .check();
    await form.getByLabel(`Begrundelse for tildelingskriterium ${n}`).fill(reason(n));
  }
}
