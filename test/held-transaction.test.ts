import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChildren } from './helpers/documents-factories.js';
import { buildInstitution } from './helpers/factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * A read's transaction is begun by the auth hook with the session lookup and
 * taken by the route (ADR 25). However the request ends – refused by the hook,
 * refused by validation before the handler, refused by the use case, or many
 * at once – the transaction ends and the connection goes back: on PGlite a
 * transaction left open would hold its one connection, so the next request
 * would never be answered; on PostgreSQL the pool would lose a connection.
 * The test's own head of daycare works in Copenhagen (0101), where the demo
 * has nobody, with six children of the test's own.
 */
let t: TestApp;
let chief: Agent;

beforeAll(async () => {
  t = await startTestApp();
  chief = await t.loginAs('daycare_chief', { municipalityCode: '0101' });
  const { institution } = await buildInstitution(t.database, { municipalityCode: '0101' });
  await buildChildren(t.database, { institutionId: institution.id, count: 6 });
});
afterAll(() => t.close());

async function expectReleased(): Promise<void> {
  expect((await chief.get('/api/v1/session')).statusCode).toBe(200);
  const pool = t.database.pool;
  if (pool) {
    expect(pool.waitingCount).toBe(0);
    expect(pool.idleCount).toBe(pool.totalCount);
  }
}

describe("a read's held transaction", () => {
  it('ends when validation refuses the request before the handler (400)', async () => {
    const res = await chief.get('/api/v1/children?pageSize=abc');
    expect(res.statusCode).toBe(400);
    await expectReleased();
  });

  it('ends when the hook refuses the role (403)', async () => {
    const coordinator = await t.loginAs('coordinator', { municipalityCode: '0101' });
    const res = await coordinator.get('/api/v1/children');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    await expectReleased();
  });

  it('ends when the session is unknown (401)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/children',
      headers: { cookie: `indsats_session=${randomUUID()}` },
    });
    expect(res.statusCode).toBe(401);
    await expectReleased();
  });

  it('ends when the use case refuses the record (404)', async () => {
    const res = await chief.get(`/api/v1/children/${randomUUID()}`);
    expect(res.statusCode).toBe(404);
    await expectReleased();
  });

  it('serves many reads at once', async () => {
    const answers = await Promise.all(Array.from({ length: 25 }, () => chief.get('/api/v1/children?pageSize=5')));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    const pages = answers.map((a) => a.json<{ items: unknown[]; page: { total: number } }>());
    expect(pages.map((p) => [p.items.length, p.page.total])).toEqual(pages.map(() => [5, 6]));
    await expectReleased();
  });
});
