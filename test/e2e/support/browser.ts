import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Without Debian's Chromium they are
 * skipped with a printed reason, except on CI, where a missing browser fails.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const reason = `${CHROMIUM_PATH} does not exist (install Debian's chromium package)`;
  if (process.env.CI) throw new Error(`Browser tests cannot run on CI: ${reason}`);
  console.warn(`Skipping browser tests: ${reason}`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser context (own cookies) that records what must never happen:
 * uncaught page errors and CSP refusals (an inline script or style slipped into the build).
 */
export async function newSession(
  browser: Browser,
  baseURL: string,
  problems: string[] = [],
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text()))
      problems.push(`CSP: ${msg.text()}`);
  });
  return { context, page, problems };
}

/** Runs axe on the page as it is now; fails on serious or critical violations and prints them. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const started = Date.now();
  const results = await new AxeBuilder({ page }).analyze();
  if (process.env.E2E_TIMING) {
    const minor = results.violations.map(
      (v) => `${v.id}(${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    console.log(`axe ${label}: ${Date.now() - started} ms ${minor.join(' | ')}`);
  }
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    const lines = bad.map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('\n    ')}`,
    );
    console.error(`Accessibility violations on ${label} (${page.url()}):\n${lines.join('\n')}`);
  }
  expect(
    bad.map((v) => `${v.id} (${v.impact})`),
    `axe on ${label}`,
  ).toEqual([]);
}

/** Where screenshots go, for a person to look at; not compared automatically. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.INDSATS_E2E_SCREENSHOTS) return;
  await page.screenshot({ path: `${process.env.INDSATS_E2E_SCREENSHOTS}/${name}.png`, fullPage: true });
}
