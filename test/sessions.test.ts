import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loginThrottle, sessions, users } from '../src/server/db/schema.js';
import { hashPassword } from '../src/server/modules/auth/password.js';
import { ownInstitutionId } from './helpers/factories.js';
import { demoUser, sessionCookieOf, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const res = await t.anonymous.post('/api/v1/auth/login', {
      email: demoUser('staff').email,
      password: 'Demo-adgang-2026',
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'indsats_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(res.json().role).toBe('staff');
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const proxied = await startTestApp({ INDSATS_TRUST_PROXY: '1' });
    try {
      const res = await proxied.anonymous.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
        payload: { email: demoUser('staff').email, password: 'Demo-adgang-2026' },
      });
      expect(res.cookies.find((c) => c.name === 'indsats_session')).toMatchObject({ secure: true, httpOnly: true });
      const [entry] = await proxied.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'auth.login_succeeded'));
      expect(entry?.ip).toBe('203.0.113.9');
    } finally {
      await proxied.close();
    }
  });

  it('issues a new session id at every login and ends the old one', async () => {
    const first = await t.loginAsDemo('staff');
    const again = await first.post('/api/v1/auth/login', {
      email: demoUser('staff').email,
      password: 'Demo-adgang-2026',
    });
    const second = sessionCookieOf(again);
    expect(second).not.toBe(first.cookie);
    expect((await first.get('/api/v1/session')).statusCode).toBe(401);
  });

  it('really ends the session at logout', async () => {
    const agent = await t.loginAsDemo('staff');
    expect((await agent.post('/api/v1/auth/logout')).statusCode).toBe(200);
    const after = await agent.get('/api/v1/session');
    expect(after.statusCode).toBe(401);
  });

  it('expires an idle session and one past its absolute lifetime', async () => {
    const idle = await t.loginAsDemo('staff');
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(t.now().getTime() - 31 * 60_000) })
      .where(eq(sessions.userId, (await idle.get('/api/v1/session')).json().user.id));
    const res = await idle.get('/api/v1/session');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('session_expired');

    const old = await t.loginAsDemo('daycare_leader');
    const id = (await old.get('/api/v1/session')).json().user.id;
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(t.now().getTime() - 1000) })
      .where(eq(sessions.userId, id));
    expect((await old.get('/api/v1/session')).json().code).toBe('session_expired');
  });

  it('refuses a state-changing request without the CSRF token and changes nothing', async () => {
    const leader = await t.loginAsDemo('daycare_leader');
    const res = await leader.request({
      method: 'POST',
      url: '/api/v1/children',
      headers: { 'x-csrf-token': 'forkert' },
      payload: { institutionId: ownInstitutionId(), firstName: 'Csrf', lastName: 'Forsøg', birthDate: '2023-01-01' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_invalid');
    const found = (await leader.get('/api/v1/children?q=Csrf')).json();
    expect(found.items).toEqual([]);
  });

  it('switches the active role of a user who holds two roles', async () => {
    const coordinator = await t.loginAsDemo('coordinator', '0217');
    const me = (await coordinator.get('/api/v1/session')).json();
    const hash = await hashPassword('Demo-adgang-2026');
    expect(hash).toMatch(/^\$argon2id\$/);
    const assign = await (
      await t.loginAsDemo('national_admin')
    ).post(`/api/v1/users/${me.user.id}/assignments`, {
      role: 'daycare_chief',
      municipalityCode: '0217',
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
    const wrong = await t.anonymous.post('/api/v1/auth/login', { email: demoUser('partner').email, password: 'noget' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().title).toBe('E-mail eller adgangskode er forkert.');
    expect(wrong.json().title).toBe(unknown.json().title);
  });

  it('slows down guessing, then lets the real user in once the short block has passed', async () => {
    const email = demoUser('evaluator').email;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await t.anonymous.post('/api/v1/auth/login', { email, password: `gæt-${i}` })).statusCode);
    }
    // Five free attempts; the fifth failure blocks the account for a second.
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const blocked = await t.anonymous.post('/api/v1/auth/login', { email, password: 'Demo-adgang-2026' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(blocked.json().title).toMatch(/For mange mislykkede forsøg/);
    // The block is short: once it has run out, the right password works.
    await t.database.db.update(loginThrottle).set({ blockedUntil: new Date(t.now().getTime() - 1000) });
    const ok = await t.anonymous.post('/api/v1/auth/login', { email, password: 'Demo-adgang-2026' });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses a deactivated user', async () => {
    await t.database.db
      .update(users)
      .set({ active: false })
      .where(eq(users.email, demoUser('assessor').email));
    const res = await t.anonymous.post('/api/v1/auth/login', {
      email: demoUser('assessor').email,
      password: 'Demo-adgang-2026',
    });
    expect(res.statusCode).toBe(401);
  });
});
