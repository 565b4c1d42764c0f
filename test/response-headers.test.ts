import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { meetingsOf } from './helpers/course-factories.js';
import { buildStaffedCourse, type StaffedCourse } from './helpers/courses-factories.js';
import { buildChild } from './helpers/factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * Caching and transport headers (issue 9, point 5): nothing a logged-in person
 * reads may be kept by a browser or proxy, errors and downloads included; HSTS
 * only over HTTPS. The people and the course are the test's own, in
 * Copenhagen (0101), where the demo has nobody.
 */
let t: TestApp;
let direct: TestApp;
let chief: Agent;
let coordinator: Agent;
let world: StaffedCourse;
beforeAll(async () => {
  t = await startTestApp({ INDSATS_TRUST_PROXY: '1' });
  direct = await startTestApp();
  world = await buildStaffedCourse(t.database, { municipalityCode: '0101' });
  chief = await t.loginPerson(world.chief);
  coordinator = await t.loginPerson(world.coordinator);
});
afterAll(async () => {
  await t.close();
  await direct.close();
});

describe('Cache-Control on the API', () => {
  it('is no-store on every authenticated read, its errors and its downloads', async () => {
    const child = await buildChild(t.database, { municipalityCode: '0101' });
    const [meeting] = await meetingsOf(t.database, world.course.courseId);
    await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .update(courseMeetings)
        .set({ date: '2027-11-01', startTime: '10:00', endTime: '12:00' })
        .where(eq(courseMeetings.id, meeting!.id)),
    );
    const reads: [Agent, string][] = [
      [chief, '/api/v1/children'],
      [chief, `/api/v1/children/${child.id}`],
      [chief, '/api/v1/audit'],
      [chief, '/api/v1/session'],
      [coordinator, `/api/v1/applications/${world.course.applicationId}`],
      [coordinator, `/api/v1/meetings/${meeting!.id}/invitation.ics`],
    ];
    for (const [agent, url] of reads) {
      const res = await agent.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const errors = [
      await t.anonymous.get('/api/v1/children'), // 401
      await coordinator.get('/api/v1/children'), // 403
      await chief.get('/api/v1/children/00000000-0000-4000-8000-000000000000'), // 404
      await chief.get('/api/v1/children?pageSize=nej'), // 400
      await chief.get('/api/v1/findes-ikke'), // no such route
    ];
    expect(errors.map((r) => r.statusCode)).toEqual([401, 403, 404, 400, 404]);
    for (const res of errors) expect(res.headers['cache-control'], res.body).toBe('no-store');
  });

  it('is no-store on the login answer, which carries the CSRF token', async () => {
    const res = await t.anonymous.post('/api/v1/auth/login', { email: 'ingen@example.org', password: 'forkert' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('lets the public calendar feed be kept privately but revalidated', async () => {
    const consultant = await t.loginPerson(world.consultant!);
    const created = await consultant.post('/api/v1/calendar/feed');
    expect(created.headers['cache-control']).toBe('no-store');
    const feed = await t.anonymous.get(new URL(created.json<{ url: string }>().url).pathname);
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.headers['cache-control']).toBe('private, no-cache');
  });
});

describe('Strict-Transport-Security', () => {
  it('is sent when a trusted proxy says the request came over HTTPS, also on errors', async () => {
    const https = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7' };
    const ok = await chief.request({ method: 'GET', url: '/api/v1/session', headers: https });
    const refused = await t.anonymous.request({ method: 'GET', url: '/api/v1/children', headers: https });
    for (const res of [ok, refused])
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('is not sent over plain HTTP, nor when an untrusted client claims HTTPS', async () => {
    expect((await chief.get('/api/v1/session')).headers['strict-transport-security']).toBeUndefined();
    const res = await direct.anonymous.request({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
