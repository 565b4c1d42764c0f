import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild } from './helpers/factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * The API compresses its JSON answers of 1 kB or more as the client accepts
 * (issue 10 point 9); small answers and the web client's files (compressed at
 * build time, http/web-client.ts) are sent as they are. The list is the test's
 * own twelve children in Copenhagen (0101), where the demo has nobody.
 */
let t: TestApp;
let chief: Agent;
let root: string;
const LIST = '/api/v1/children?pageSize=50';

beforeAll(async () => {
  // A web client folder without precompressed copies: its page must still go out uncompressed.
  root = mkdtempSync(join(tmpdir(), 'indsats-compress-web-'));
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html lang="da"><body>${'<p>fyld</p>'.repeat(400)}</body></html>`,
  );
  t = await startTestApp({}, { webRoot: root });
  chief = await t.loginAs('daycare_chief', { municipalityCode: '0101' });
  for (let i = 0; i < 12; i++) await buildChild(t.database, { municipalityCode: '0101' });
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

const withEncoding = (agent: Agent, url: string, encoding?: string) =>
  agent.request({ method: 'GET', url, headers: encoding === undefined ? {} : { 'accept-encoding': encoding } });

describe('compression of API answers', () => {
  it('sends a large JSON answer gzip-compressed when the client accepts gzip', async () => {
    const plain = await withEncoding(chief, LIST);
    expect(plain.json<{ items: unknown[] }>().items).toHaveLength(12);
    expect(plain.body.length).toBeGreaterThan(1024);
    const res = await withEncoding(chief, LIST, 'gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(gunzipSync(res.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('prefers brotli when the client accepts both', async () => {
    const plain = await withEncoding(chief, LIST);
    const res = await withEncoding(chief, LIST, 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(res.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('sends the answer uncompressed when the client accepts no encoding', async () => {
    for (const encoding of [undefined, 'identity']) {
      const res = await withEncoding(chief, LIST, encoding);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.json<{ items: unknown[] }>().items).toHaveLength(12);
    }
  });

  it('leaves answers under 1 kB uncompressed', async () => {
    const res = await withEncoding(t.anonymous, '/api/health', 'gzip, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('leaves the web client page to the build-time compression', async () => {
    const res = await withEncoding(t.anonymous, '/', 'gzip, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
