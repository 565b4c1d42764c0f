import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { touchIntervalMs } from '../src/server/modules/auth/auth-hook.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The idle timeout against a pinned clock (issue 9, point 7): activity keeps a
 * session alive for any configured idle time, and a session left alone for the
 * whole idle time ends.
 */
let now = new Date('2027-03-01T09:00:00Z');
const advance = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ INDSATS_SESSION_IDLE_MINUTES: '1' }, { clock: () => now });
});
afterAll(() => t.close());

describe('idle timeout of one minute', () => {
  it('keeps a session alive that makes a request every 15 seconds', async () => {
    const agent = await t.loginAs('staff');
    for (let elapsed = 15; elapsed <= 5 * 60; elapsed += 15) {
      advance(15);
      expect((await agent.get('/api/v1/session')).statusCode, `after ${elapsed} s`).toBe(200);
    }
  });

  it('keeps a session alive with a request just inside the idle time, again and again', async () => {
    const agent = await t.loginAs('daycare_leader');
    for (let i = 0; i < 5; i++) {
      advance(58);
      expect((await agent.get('/api/v1/session')).statusCode, `request ${i + 1}`).toBe(200);
    }
  });

  it('ends a session left alone for the whole idle time', async () => {
    const agent = await t.loginAs('coordinator');
    advance(30);
    expect((await agent.get('/api/v1/session')).statusCode).toBe(200);
    advance(60);
    const res = await agent.get('/api/v1/session');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('session_expired');
  });
});

describe('how often activity is written', () => {
  it('is a thirtieth of the idle time, at most once a minute', () => {
    expect(touchIntervalMs(1)).toBe(2_000);
    expect(touchIntervalMs(30)).toBe(60_000);
    expect(touchIntervalMs(600)).toBe(60_000);
  });
});
