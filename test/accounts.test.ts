import { and, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, sessions } from '../src/server/db/schema.js';
import { OwnSessionsResponse, PasswordLinkResponse } from '../src/shared/contracts/auth.js';
import { User } from '../src/shared/contracts/users.js';
import { buildInstitution } from './helpers/factories.js';
import { linkTokenFor } from './helpers/password-links.js';
import { TEST_PASSWORD } from './helpers/people.js';
import { sessionCookieOf, startTestApp, type TestApp } from './helpers/test-app.js';
import { TEST_START } from './helpers/test-clock.js';

/**
 * Accounts people expect (issue 11, point 9; docs/adr/0028-invitations-and-reset.md):
 * invitations and "Glemt adgangskode" by one-time links that are single-use,
 * expire and are never logged, and the person's own sessions.
 */
let now = new Date(TEST_START);
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};
const HOUR = 3_600_000;

/** Everything the app logs (level debug), to look for secrets in. */
const logLines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(
    { INDSATS_LOG_LEVEL: 'debug' },
    { clock: () => now, logStream: { write: (line: string) => void logLines.push(line) } },
  );
});
afterAll(() => t.close());

let counter = 0;
/** A coordinator of Hjørring invites a new staff member; returns the user and the address. */
async function invite() {
  counter += 1;
  const coordinator = await t.loginAs('coordinator', { municipalityCode: '0860' });
  const { institution } = await buildInstitution(t.database, { municipalityCode: '0860' });
  const email = `inviteret-${counter}-${process.pid}@test.example`;
  const res = await coordinator.post('/api/v1/users', {
    email,
    name: 'Ida Inviteret',
    assignment: { role: 'staff', municipalityCode: '0860', institutionId: institution.id },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { coordinator, email, user: User.parse(res.json()) };
}

const mailsTo = (email: string) => t.database.db.select().from(outbox).where(eq(outbox.toAddress, email));
const setPassword = (token: string, newPassword: string) =>
  t.anonymous.post('/api/v1/auth/password', { token, newPassword });
const checkLink = (token: string) => t.anonymous.post('/api/v1/auth/password-link', { token });

/** Logs in with a browser of its own (User-Agent), as a person on another device would. */
async function loginWith(email: string, password: string, userAgent: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'user-agent': userAgent },
    payload: { email, password },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = sessionCookieOf(res)!;
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  return {
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } }),
    delete: (url: string) => t.app.inject({ method: 'DELETE', url, headers: { cookie, 'x-csrf-token': csrf } }),
  };
}

describe('an invitation instead of a password made up by someone else', () => {
  it('mails a one-time link that sets the password once, and logs nobody in', async () => {
    const { email, user, coordinator } = await invite();
    expect(user.pendingLink).toMatchObject({ purpose: 'invitation' });
    expect(new Date(user.pendingLink!.expiresAt).getTime() - now.getTime()).toBe(72 * HOUR);
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe('Du er inviteret til Indsats – vælg din adgangskode');
    expect(mail!.body).toContain('Kære Ida Inviteret');
    expect(mail!.body).toContain(`${t.config.publicUrl}/ny-adgangskode#token=`);
    const token = await linkTokenFor(t.database, email);

    // Nobody knows a password for the account before the link is used.
    await expect(t.login(email, 'en-lang-adgangskode')).rejects.toThrow(/401/);
    expect(PasswordLinkResponse.parse((await checkLink(token)).json())).toMatchObject({
      purpose: 'invitation',
      name: 'Ida Inviteret',
      email,
    });
    // A refused password leaves the link working.
    const weak = await setPassword(token, 'password1234');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('newPassword');
    const set = await setPassword(token, 'Solsikker-i-regnvejr-31');
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ email });
    expect(sessionCookieOf(set)).toBeNull();

    // Single use: the same link again is refused, for checking and for setting.
    expect((await checkLink(token)).json().code).toBe('password_link_invalid');
    const again = await setPassword(token, 'Et-helt-andet-forsoeg-7');
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('password_link_invalid');
    const agent = await t.login(email, 'Solsikker-i-regnvejr-31');
    expect((await agent.get('/api/v1/session')).json().mustChangePassword).toBe(false);
    expect(User.parse((await coordinator.get(`/api/v1/users/${user.id}`)).json()).pendingLink).toBeNull();
  });

  it('lets the coordinator send a new link, which makes the older one stop working', async () => {
    const { email, user, coordinator } = await invite();
    const first = await linkTokenFor(t.database, email);
    const resent = await coordinator.post(`/api/v1/users/${user.id}/password-link`);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(User.parse(resent.json()).pendingLink).toMatchObject({ purpose: 'invitation' });
    expect(await mailsTo(email)).toHaveLength(2);
    const second = await linkTokenFor(t.database, email);
    expect(second).not.toBe(first);
    expect((await setPassword(first, 'Solsikker-i-regnvejr-32')).json().code).toBe('password_link_invalid');
    expect((await setPassword(second, 'Solsikker-i-regnvejr-32')).statusCode).toBe(200);
    // Nobody sends themselves a link through user management.
    const self = await coordinator.post(`/api/v1/users/${coordinator.person.id}/password-link`);
    expect(self.json().code).toBe('self_management');
  });

  it('expires: an invitation after 72 hours', async () => {
    const { email } = await invite();
    const token = await linkTokenFor(t.database, email);
    advance(72 * HOUR - 1000);
    expect((await checkLink(token)).statusCode).toBe(200);
    advance(1000);
    expect((await checkLink(token)).json().code).toBe('password_link_invalid');
    expect((await setPassword(token, 'Solsikker-i-regnvejr-33')).json().code).toBe('password_link_invalid');
  });
});

describe('Glemt adgangskode', () => {
  it('answers an unknown address exactly as a known one, and mails only the known', async () => {
    const person = await t.buildPerson({ role: 'staff' });
    const unknown = `ingen-${process.pid}@test.example`;
    const known = await t.anonymous.post('/api/v1/auth/password-reset', { email: person.email });
    const other = await t.anonymous.post('/api/v1/auth/password-reset', { email: unknown });
    expect([known.statusCode, other.statusCode]).toEqual([200, 200]);
    expect(other.body).toBe(known.body);
    expect(await mailsTo(unknown)).toEqual([]);
    const [mail] = await mailsTo(person.email);
    expect(mail!.subject).toBe('Ny adgangskode til Indsats');
  });

  it('sets a new password with the link, ends every session of the person, and expires after an hour', async () => {
    const person = await t.buildPerson({ role: 'staff' });
    const laptop = await loginWith(person.email, TEST_PASSWORD, 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0');
    expect((await t.anonymous.post('/api/v1/auth/password-reset', { email: person.email })).statusCode).toBe(200);
    const late = await linkTokenFor(t.database, person.email);
    advance(HOUR);
    expect((await setPassword(late, 'Solsikker-i-regnvejr-34')).json().code).toBe('password_link_invalid');

    const laptopAgain = await loginWith(person.email, TEST_PASSWORD, 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0');
    expect((await t.anonymous.post('/api/v1/auth/password-reset', { email: person.email })).statusCode).toBe(200);
    const token = await linkTokenFor(t.database, person.email);
    expect((await setPassword(token, 'Solsikker-i-regnvejr-34')).statusCode).toBe(200);
    expect((await laptopAgain.get('/api/v1/session')).statusCode).toBe(401);
    expect((await laptop.get('/api/v1/session')).statusCode).toBe(401);
    await expect(t.login(person.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    await expect(t.login(person.email, 'Solsikker-i-regnvejr-34')).resolves.toBeDefined();
  });

  it('is throttled like a login, alike for known and unknown addresses, and never blocks logging in', async () => {
    const person = await t.buildPerson({ role: 'staff' });
    const unknown = `ukendt-${process.pid}@test.example`;
    for (const email of [person.email, unknown]) {
      const answers = [];
      for (let i = 0; i < 6; i++)
        answers.push((await t.anonymous.post('/api/v1/auth/password-reset', { email })).statusCode);
      expect(answers, email).toEqual([200, 200, 200, 200, 200, 429]);
    }
    expect(await mailsTo(person.email)).toHaveLength(5);
    await expect(t.login(person.email, TEST_PASSWORD)).resolves.toBeDefined();
    advance(HOUR);
  });
});

describe('a link is never logged', () => {
  it('keeps tokens out of the request log and the audit log', async () => {
    const since = logLines.length;
    const [head] = await t.database.db
      .select({ seq: sql<number>`coalesce(max(${auditLog.seq}), 0)::int` })
      .from(auditLog)
      .where(eq(auditLog.chain, 'auth'));
    const auditSince = head?.seq ?? 0;
    const { email } = await invite();
    const token = await linkTokenFor(t.database, email);
    await checkLink(token);
    await setPassword(token, 'kort');
    await setPassword(token, 'Solsikker-i-regnvejr-35');
    await setPassword(token, 'Solsikker-i-regnvejr-36');
    // Someone pasting the link into the address bar as a query still leaves no token in the log.
    await t.anonymous.get(`/ny-adgangskode?token=${token}`);

    const logged = logLines.slice(since).join('\n');
    expect(logged).toContain('/api/v1/auth/password');
    expect(logged).not.toContain(token);
    expect(logged).toContain('/ny-adgangskode?token=[skjult]');
    const audited = await t.database.db
      .select({ details: auditLog.details, action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.chain, 'auth'), gt(auditLog.seq, auditSince)));
    expect(audited.map((r) => r.action)).toEqual(
      expect.arrayContaining(['auth.password_link_sent', 'auth.password_set_by_link', 'auth.password_link_refused']),
    );
    expect(JSON.stringify(audited)).not.toContain(token);
  });
});

describe('Dine sessioner', () => {
  it('lists the person’s sessions, marks the current one, and ends one or all others (audited)', async () => {
    const person = await t.buildPerson({ role: 'coordinator' });
    const phone = await loginWith(
      person.email,
      TEST_PASSWORD,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1',
    );
    advance(60_000);
    const tablet = await loginWith(
      person.email,
      TEST_PASSWORD,
      'Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Safari/537.36',
    );
    advance(60_000);
    const desk = await loginWith(person.email, TEST_PASSWORD, 'Mozilla/5.0 (Windows NT 10.0) Edg/131.0 Chrome/131.0');
    const stranger = await t.loginAs('coordinator');

    const listed = OwnSessionsResponse.parse((await desk.get('/api/v1/session/sessions')).json()).items;
    expect(listed.map((s) => [s.current, s.browser, s.system])).toEqual([
      [true, 'Edge', 'Windows'],
      [false, 'Chrome', 'Android'],
      [false, 'Safari', 'iOS'],
    ]);
    const strangers = OwnSessionsResponse.parse((await stranger.get('/api/v1/session/sessions')).json()).items;
    expect(strangers).toHaveLength(1);

    // Another person's session is not there to end; the current one is ended by logging out.
    expect((await stranger.delete(`/api/v1/session/sessions/${listed[1]!.id}`)).statusCode).toBe(404);
    expect((await desk.delete(`/api/v1/session/sessions/${listed[0]!.id}`)).json().code).toBe('session_is_current');

    expect((await desk.delete(`/api/v1/session/sessions/${listed[2]!.id}`)).statusCode).toBe(200);
    expect((await phone.get('/api/v1/session')).statusCode).toBe(401);
    expect((await tablet.get('/api/v1/session')).statusCode).toBe(200);
    expect((await desk.delete('/api/v1/session/sessions')).json()).toEqual({ ended: 1 });
    expect((await tablet.get('/api/v1/session')).statusCode).toBe(401);
    expect((await desk.get('/api/v1/session')).statusCode).toBe(200);
    expect((await stranger.get('/api/v1/session')).statusCode).toBe(200);

    const rows = await t.database.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.session_ended'), eq(auditLog.actorUserId, person.id)));
    expect(rows.map((r) => r.details)).toEqual([
      { sessions: 1, all: false },
      { sessions: 1, all: true },
    ]);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, person.id))).toHaveLength(1);
  });
});
