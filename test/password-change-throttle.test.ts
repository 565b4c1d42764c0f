import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { THROTTLE } from '../src/server/modules/auth/throttle.js';
import { TEST_PASSWORD } from './helpers/people.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Security review of issue 9, point 2: a wrong current password on "change my
 * password" is throttled like a login, so a stolen session cookie gives no
 * more guesses than the login form. The clock is pinned, so a block never runs
 * out while the test is looking.
 */
let now = new Date('2027-04-01T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { clock: () => now });
});
afterAll(() => t.close());

async function auditRows(action: string, userId: string) {
  return inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, userId))),
  );
}

const hashOf = async (id: string) =>
  (await t.database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)))[0]?.hash;

describe('changing one’s own password with a wrong current password', () => {
  it('checks only the free attempts, then answers 429 without checking, and the right password works after the block', async () => {
    const agent = await t.loginAs('daycare_chief');
    const { id, email } = agent.person;
    const before = await hashOf(id);
    const change = (currentPassword: string) =>
      agent.post('/api/v1/session/password', { currentPassword, newPassword: 'Mine-egne-ord-i-haven' });

    const statuses: number[] = [];
    for (let i = 0; i < THROTTLE.freeFailures.email + 5; i++) statuses.push((await change(`gæt-${i}`)).statusCode);
    expect(statuses).toEqual([...Array<number>(THROTTLE.freeFailures.email).fill(400), ...Array<number>(5).fill(429)]);
    // Only the free attempts were checked (a checked wrong password is audited as failed); the rest as throttled.
    expect(await auditRows('auth.password_change_failed', id)).toHaveLength(THROTTLE.freeFailures.email);
    expect(await auditRows('auth.password_change_throttled', id)).toHaveLength(5);

    // While blocked even the right password waits, unchecked, and nothing changes …
    const blocked = await change(TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('login_throttled');
    const wait = Number(blocked.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(THROTTLE.maxBlockSeconds);
    expect(await hashOf(id)).toBe(before);
    // … the same e-mail is blocked at the login form too (one count for one account) …
    await expect(t.login(email, TEST_PASSWORD)).rejects.toThrow(/429/);

    // … and once the block has run out, the right password works and the count starts over.
    now = new Date(now.getTime() + wait * 1000);
    expect((await change(TEST_PASSWORD)).statusCode).toBe(200);
    expect(await hashOf(id)).not.toBe(before);
    const again = await t.login(email, 'Mine-egne-ord-i-haven');
    expect((await again.get('/api/v1/session')).statusCode).toBe(200);
  });
});
