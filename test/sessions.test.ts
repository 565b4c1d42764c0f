import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../src/server/db/schema.js';
import { hashPassword } from '../src/server/modules/auth/password.js';
import { countRows } from './helpers/factories.js';
import { TEST_PASSWORD } from './helpers/people.js';
import { sessionCookieOf, startTestApp, type TestApp } from './helpers/test-app.js';
import { TEST_START } from './helpers/test-clock.js';

/**
 * The clock is pinned (sessions and login throttling read it): a session ages
 * and a block runs out only when a test moves it on, never with the wall clock.
 */
let now = TEST_START;
const clock = () => now;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { clock });
});
afterAll(() => t.close());

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const staff = await t.buildPerson({ role: 'staff' });
    const res = await t.anonymous.post('/api/v1/auth/login', { email: staff.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'indsats_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(res.json().role).toBe('staff');
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const proxied = await startTestApp({ INDSATS_TRUST_PROXY: '1' }, { clock });
    try {
      const staff = await proxied.buildPerson({ role: 'staff' });
      const res = await proxied.anonymous.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
        payload: { email: staff.email, password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'indsats_session')).toMatchObject({ secure: true, httpOnly: true });
      const entries = await proxied.database.db
        .select({ ip: auditLog.ip })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'auth.login_succeeded'), eq(auditLog.entityId, staff.id)));
      expect(entries).toEqual([{ ip: '203.0.113.9' }]);
    } finally {
      await proxied.close();
    }
  });

  it('issues a new session id at every login and ends the old one', async () => {
    const first = await t.loginAs('staff');
    const again = await first.post('/api/v1/auth/login', { email: first.person.email, password: TEST_PASSWORD });
    expect(again.statusCode).toBe(200);
    const second = sessionCookieOf(again);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first.cookie);
    expect((await first.get('/api/v1/session')).statusCode).toBe(401);
  });

  it('really ends the session at logout', async () => {
    const agent = await t.loginAs('staff');
    expect((await agent.get('/api/v1/session')).statusCode).toBe(200);
    expect((await agent.post('/api/v1/auth/logout')).statusCode).toBe(200);
    const after = await agent.get('/api/v1/session');
    expect(after.statusCode).toBe(401);
  });

  it('expires an idle session and one past its absolute lifetime', async () => {
    const idle = await t.loginAs('staff');
    expect((await idle.get('/api/v1/session')).statusCode).toBe(200);
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(t.now().getTime() - 31 * 60_000) })
      .where(eq(sessions.userId, idle.person.id));
    const res = await idle.get('/api/v1/session');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('session_expired');

    const old = await t.loginAs('daycare_leader');
    expect((await old.get('/api/v1/session')).statusCode).toBe(200);
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(t.now().getTime() - 1000) })
      .where(eq(sessions.userId, old.person.id));
    expect((await old.get('/api/v1/session')).json().code).toBe('session_expired');
  });

  it('refuses a state-changing request without the CSRF token and changes nothing', async () => {
    const leader = await t.loginAs('daycare_leader');
    const institutionId = leader.person.institutionId!;
    const res = await leader.request({
      method: 'POST',
      url: '/api/v1/children',
      headers: { 'x-csrf-token': 'forkert' },
      payload: { institutionId, firstName: 'Csrf', lastName: 'Forsøg', birthDate: '2023-01-01' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_invalid');
    const found = (await leader.get('/api/v1/children?q=Csrf')).json();
    expect(found.items).toEqual([]);
    expect(await countRows(t.database, 'children', `institution_id = '${institutionId}'`)).toBe(0);
  });

  it('switches the active role of a user who holds two roles', async () => {
    const coordinator = await t.loginAs('coordinator', { municipalityCode: '0101' });
    const hash = await hashPassword(TEST_PASSWORD);
    expect(hash).toMatch(/^\$argon2id\$/);
    const assign = await (
      await t.loginAs('national_admin')
    ).post(`/api/v1/users/${coordinator.person.id}/assignments`, {
      role: 'daycare_chief',
      municipalityCode: '0101',
    });
    expect(assign.statusCode).toBe(200);
    const switched = await coordinator.put('/api/v1/session/role', { role: 'daycare_chief' });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ role: 'daycare_chief', roles: ['coordinator', 'daycare_chief'] });
    expect((await coordinator.get('/api/v1/children?pageSize=1')).statusCode).toBe(200);
    expect((await coordinator.put('/api/v1/session/role', { role: 'staff' })).json().code).toBe('role_not_held');
  });
});

describe('login', () => {
  it('gives the same Danish message for an unknown e-mail and a wrong password', async () => {
    const unknown = await t.anonymous.post('/api/v1/auth/login', { email: 'ukendt@example.org', password: 'noget' });
    const partner = await t.buildPerson({ role: 'partner' });
    const wrong = await t.anonymous.post('/api/v1/auth/login', { email: partner.email, password: 'noget' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().title).toBe('E-mail eller adgangskode er forkert.');
    expect(wrong.json().title).toBe(unknown.json().title);
  });

  it('slows down guessing, then lets the real user in once the short block has passed', async () => {
    const { email } = await t.buildPerson({ role: 'evaluator' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await t.anonymous.post('/api/v1/auth/login', { email, password: `gæt-${i}` })).statusCode);
    }
    // Five free attempts; the fifth failure blocks the account for a second.
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const blocked = await t.anonymous.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    const wait = Number(blocked.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(blocked.json().title).toMatch(/For mange mislykkede forsøg/);
    // The block is short: once it has run out on the pinned clock, the right password works.
    now = new Date(now.getTime() + wait * 1000);
    const ok = await t.anonymous.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses a deactivated user', async () => {
    const assessor = await t.buildPerson({ role: 'assessor' });
    await t.database.db.update(users).set({ active: false }).where(eq(users.id, assessor.id));
    const res = await t.anonymous.post('/api/v1/auth/login', { email: assessor.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(401);
    // The same answer as a wrong password: a deactivated account is not revealed.
    expect(res.json().title).toBe('E-mail eller adgangskode er forkert.');
  });
});
