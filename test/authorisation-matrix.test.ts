import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_ACCESS } from './authorisation/route-table.js';
import { ROLES, type Role } from '../src/shared/roles.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * Walks every registered API route × every role (and anonymous) and checks the
 * server's answer against the table in test/authorisation/route-table.ts.
 * A route added without an entry there fails the first test.
 */
let t: TestApp;
const agents = new Map<Role | 'anonymous', Agent>();

beforeAll(async () => {
  t = await startTestApp();
  agents.set('anonymous', t.anonymous);
  for (const role of ROLES) agents.set(role, await t.loginAs(role, { municipalityCode: '0860' }));
});
afterAll(() => t.close());

const FAKE_ID = '0b7e4a3e-9c1d-4f2a-8e5b-6d3c2b1a0f9e';
const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const isDocsRoute = (url: string) => url.startsWith('/api/docs');

function concreteUrl(url: string): string {
  return url
    .replace(':code', '0860')
    .replace(':assignmentId', FAKE_ID)
    .replace(':conflictId', FAKE_ID)
    .replace(':applicationId', FAKE_ID)
    .replace(':measurementId', FAKE_ID)
    .replace(':token', 'ukendt-token-0000000000000000000000000000000')
    .replace(':version', '1')
    .replace(':key', 'indikator-1')
    .replace(':id', FAKE_ID)
    .replace('*', 'index.css');
}

describe('authorisation matrix', () => {
  it('has an entry for every API route, and no entry without a route', () => {
    const registered = t.app.apiRoutes.filter((r) => !isDocsRoute(r.url)).map(routeKey);
    const missing = registered.filter((k) => !(k in ROUTE_ACCESS));
    expect(missing, 'routes without an entry in test/authorisation/route-table.ts').toEqual([]);
    const stale = Object.keys(ROUTE_ACCESS).filter((k) => !registered.includes(k));
    expect(stale, 'entries without a route').toEqual([]);
  });

  it('serves the API documentation routes publicly', () => {
    const docs = t.app.apiRoutes.filter((r) => isDocsRoute(r.url));
    expect(docs.length).toBeGreaterThan(0);
    for (const r of docs) expect(r.access, routeKey(r)).toBe('public');
  });

  // One test per role, so each stays well inside the time limit on a loaded machine.
  it.each(['anonymous' as const, ...ROLES])('answers every route as the table says for %s', async (who) => {
    const agent = agents.get(who)!;
    const routes = t.app.apiRoutes
      .filter((r) => !isDocsRoute(r.url))
      // Logging out ends the agent's session, so it goes last.
      .sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
    const mismatches: string[] = [];
    for (const route of routes) {
      const expected = ROUTE_ACCESS[routeKey(route) as keyof typeof ROUTE_ACCESS];
      const allowed =
        expected === 'public' ||
        (who !== 'anonymous' && (expected === 'any' || (expected as readonly Role[]).includes(who)));
      const res = await agent.request({
        // The app's routes use the methods light-my-request injects (GET, POST, PUT, PATCH, DELETE).
        method: route.method as NonNullable<InjectOptions['method']>,
        url: concreteUrl(route.url),
        ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
      });
      const status = res.statusCode;
      const ok = allowed ? status !== 401 && status !== 403 : status === (who === 'anonymous' ? 401 : 403);
      if (!ok)
        mismatches.push(`${routeKey(route)} as ${who}: got ${status}, expected ${allowed ? 'allowed' : 'refused'}`);
    }
    expect(mismatches).toEqual([]);
  });
});
