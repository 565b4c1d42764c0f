import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loginThrottle } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { deleteSpentThrottleRows, THROTTLE } from '../src/server/modules/auth/throttle.js';
import { TEST_PASSWORD } from './helpers/people.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Login throttling under parallel guesses (issue 9, point 4). The clock is
 * pinned, so a block never runs out while a test is looking; every login is
 * sent at once, so the count and the check must be one atomic step.
 */
let now = new Date('2027-03-01T09:00:00Z');
const clock = () => now;
const CLIENT = '198.51.100.7';

let direct: TestApp;
let proxied: TestApp;
let listed: TestApp;
beforeAll(async () => {
  direct = await startTestApp({}, { clock });
  proxied = await startTestApp({ INDSATS_TRUST_PROXY: '1' }, { clock });
  listed = await startTestApp({ INDSATS_TRUST_PROXY: '127.0.0.1,10.0.0.0/8' }, { clock });
});
afterAll(async () => {
  await direct.close();
  await proxied.close();
  await listed.close();
});

function attempt(t: TestApp, email: string, password: string, xff?: string) {
  return t.anonymous.request({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: xff ? { 'x-forwarded-for': xff } : {},
    payload: { email, password },
  });
}

/** The audit rows of login attempts for these e-mails: one per attempt, failed (password checked) or throttled. */
async function attemptRows(t: TestApp, emails: string[]) {
  const rows = await inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select({ action: auditLog.action, ip: auditLog.ip, email: sql<string>`${auditLog.details}->>'email'` })
      .from(auditLog)
      .where(
        and(
          inArray(auditLog.action, ['auth.login_failed', 'auth.login_throttled']),
          inArray(sql`${auditLog.details}->>'email'`, emails),
        ),
      ),
  );
  return {
    checked: rows.filter((r) => r.action === 'auth.login_failed'),
    throttled: rows.filter((r) => r.action === 'auth.login_throttled'),
  };
}

describe('login throttling under parallel guesses', () => {
  it('checks at most the free attempts of 50 wrong passwords sent at once for one account, and the right person gets in after the block', async () => {
    const { email } = await proxied.buildPerson({ role: 'evaluator' });
    const from = '192.0.2.10';
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => attempt(proxied, email, `gæt-${i}`, from)),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(THROTTLE.freeFailures.email);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - THROTTLE.freeFailures.email);

    const rows = await attemptRows(proxied, [email]);
    expect(rows.checked).toHaveLength(THROTTLE.freeFailures.email);
    expect(rows.throttled).toHaveLength(50 - THROTTLE.freeFailures.email);

    // While blocked, even the right password waits (and is not checked) …
    const blocked = await attempt(proxied, email, TEST_PASSWORD, from);
    expect(blocked.statusCode).toBe(429);
    const wait = Number(blocked.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(THROTTLE.maxBlockSeconds);
    // … and once the block has run out, the right person gets in, and the count starts over.
    now = new Date(now.getTime() + wait * 1000);
    expect((await attempt(proxied, email, TEST_PASSWORD, from)).statusCode).toBe(200);
    expect((await attempt(proxied, email, 'gæt-igen', from)).statusCode).toBe(401);
  });

  it('throttles one address under parallel guesses at many accounts', async () => {
    const emails = Array.from({ length: 50 }, (_, i) => `adresse-${i}@gaet.example`);
    const responses = await Promise.all(emails.map((email) => attempt(proxied, email, 'forkert', '192.0.2.20')));
    expect(responses.filter((r) => r.statusCode === 401)).toHaveLength(THROTTLE.freeFailures.ip);
    const rows = await attemptRows(proxied, emails);
    expect(rows.checked).toHaveLength(THROTTLE.freeFailures.ip);
    expect(rows.throttled).toHaveLength(50 - THROTTLE.freeFailures.ip);
  });

  it('counts every address of one IPv6 /64 as one address, so rotating within it escapes nothing', async () => {
    const emails = Array.from({ length: 50 }, (_, i) => `ipv6-${i}@gaet.example`);
    const responses = await Promise.all(
      emails.map((email, i) => attempt(proxied, email, 'forkert', `2001:db8:77:1:${(i + 1).toString(16)}::${i + 2}`)),
    );
    expect(responses.filter((r) => r.statusCode === 401)).toHaveLength(THROTTLE.freeFailures.ip);
    const rows = await attemptRows(proxied, emails);
    expect(rows.checked).toHaveLength(THROTTLE.freeFailures.ip);
    expect(rows.throttled).toHaveLength(50 - THROTTLE.freeFailures.ip);
    // The audit log keeps the full address each attempt came from.
    expect(new Set([...rows.checked, ...rows.throttled].map((r) => r.ip)).size).toBe(50);
  });

  it('gives a successful login its attempt back, so many people behind one address are never throttled', async () => {
    const from = '192.0.2.44';
    const { email: staff } = await proxied.buildPerson({ role: 'staff' });
    for (let i = 0; i < THROTTLE.freeFailures.ip + 5; i++) {
      expect((await attempt(proxied, staff, TEST_PASSWORD, from)).statusCode).toBe(200);
    }
  });
});

describe('the client address behind a proxy (INDSATS_TRUST_PROXY)', () => {
  it('believes only the last X-Forwarded-For hop: rotating forged values neither escapes the address throttle nor reaches the audit log', async () => {
    const emails = Array.from({ length: 50 }, (_, i) => `xff-${i}@gaet.example`);
    // The proxy appends the address it saw; everything before it is what the client wrote.
    const responses = await Promise.all(
      emails.map((email, i) => attempt(proxied, email, 'forkert', `203.0.113.${i + 1}, 10.9.${i}.1, ${CLIENT}`)),
    );
    expect(responses.filter((r) => r.statusCode === 401)).toHaveLength(THROTTLE.freeFailures.ip);
    const rows = await attemptRows(proxied, emails);
    expect(rows.checked).toHaveLength(THROTTLE.freeFailures.ip);
    expect(new Set([...rows.checked, ...rows.throttled].map((r) => r.ip))).toEqual(new Set([CLIENT]));
  });

  it('reads no X-Forwarded-For at all without INDSATS_TRUST_PROXY', async () => {
    const email = 'uden-proxy@gaet.example';
    await attempt(direct, email, 'forkert', '203.0.113.200');
    const rows = await attemptRows(direct, [email]);
    expect(rows.checked.map((r) => r.ip)).toEqual(['127.0.0.1']);
  });

  it('trusts listed proxy addresses only', async () => {
    const ipOf = async (xff: string) => {
      const email = `liste-${Math.random().toString(36).slice(2)}@gaet.example`;
      await attempt(listed, email, 'forkert', xff);
      return (await attemptRows(listed, [email])).checked[0]?.ip;
    };
    expect(await ipOf(`203.0.113.9, ${CLIENT}, 10.1.2.3`)).toBe(CLIENT);
    expect(await ipOf(`203.0.113.9, ${CLIENT}`)).toBe(CLIENT);
  });
});

describe('audit of a refused login', () => {
  it('files the throttled attempt with the e-mail and the wait, and no session is made', async () => {
    const { email } = await proxied.buildPerson({ role: 'partner' });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => attempt(proxied, email, `forkert-${i}`, '192.0.2.30')),
    );
    expect(results.every((r) => !r.cookies.some((c) => c.name === 'indsats_session' && c.value))).toBe(true);
    const [row] = await inMaintenanceTx(proxied.database.db, (tx) =>
      tx
        .select({ details: auditLog.details })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'auth.login_throttled'), sql`${auditLog.details}->>'email' = ${email}`))
        .limit(1),
    );
    expect(row?.details).toMatchObject({ email, retryAfterSeconds: expect.any(Number) });
  });
});

describe('housekeeping of throttle rows', () => {
  it('deletes rows whose window and block have both run out, and keeps the rest', async () => {
    const at = new Date('2027-06-01T12:00:00Z');
    const minutesAgo = (m: number) => new Date(at.getTime() - m * 60_000);
    const rows = [
      { key: 'ip:192.0.2.101', failures: 3, windowStartedAt: minutesAgo(20), blockedUntil: null }, // spent
      { key: 'ip:192.0.2.102', failures: 30, windowStartedAt: minutesAgo(20), blockedUntil: minutesAgo(1) }, // spent
      { key: 'ip:192.0.2.103', failures: 3, windowStartedAt: minutesAgo(5), blockedUntil: null }, // window open
      {
        key: 'ip:192.0.2.104',
        failures: 30,
        windowStartedAt: minutesAgo(20),
        blockedUntil: new Date(at.getTime() + 60_000),
      }, // still blocked
    ];
    await inMaintenanceTx(direct.database.db, (tx) => tx.insert(loginThrottle).values(rows));
    await deleteSpentThrottleRows(direct.database.db, at);
    const left = await inMaintenanceTx(direct.database.db, (tx) =>
      tx
        .select({ key: loginThrottle.key })
        .from(loginThrottle)
        .where(
          inArray(
            loginThrottle.key,
            rows.map((r) => r.key),
          ),
        ),
    );
    expect(left.map((r) => r.key).sort()).toEqual(['ip:192.0.2.103', 'ip:192.0.2.104']);
  });
});
