import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health and API documentation', () => {
  it('answers the health check after asking the database', async () => {
    const res = await t.anonymous.get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document with every API route and its Danish summary', async () => {
    const doc = (await t.anonymous.get('/api/openapi.json')).json<{
      openapi: string;
      paths: Record<string, Record<string, { summary?: string }>>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    for (const r of t.app.apiRoutes.filter((x) => x.url.startsWith('/api/v1'))) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${path}`).toBeDefined();
      expect(op?.summary?.length).toBeGreaterThan(3);
    }
  });

  it('serves readable documentation at /api/docs', async () => {
    const res = await t.anonymous.get('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });

  it('sends security headers', async () => {
    const res = await t.anonymous.get('/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
