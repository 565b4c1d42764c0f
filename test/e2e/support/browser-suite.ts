import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startApp, type RunningApp } from './app-server.js';
import { launchChromium, newSession } from './browser.js';

/**
 * The set-up every browser journey shares, called inside its `describe`: the
 * real server and Chromium for the whole file, a fresh browser session per
 * `freshSession()`, and after each test a check that no page error or CSP
 * refusal happened in any of the test's sessions.
 */
export function browserSuite() {
  let server: RunningApp | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApp(), launchChromium()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const seen = problems.splice(0);
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
    expect(seen, 'page errors or CSP refusals').toEqual([]);
  });

  return {
    get server(): RunningApp {
      if (!server) throw new Error('the server is not started yet');
      return server;
    },
    async freshSession(): Promise<{ context: BrowserContext; page: Page }> {
      if (!browser || !server) throw new Error('the browser is not started yet');
      const { context, page } = await newSession(browser, server.baseUrl, problems);
      contexts.push(context);
      return { context, page };
    },
  };
}
