import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../web/precompress.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The built web client as the browser gets it (issue 9, point 17): a small
 * client folder of our own, precompressed by the build's own step, served by
 * the real app.
 */
const js = `export const texts = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Tekst nummer ${i}: børn, forløb og møder`))};\n`;
const css = Array.from({ length: 200 }, (_, i) => `.klasse-${i} { margin: ${i}px; color: #123456; }`).join('\n');
const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Indsats</title>
<script type="module" src="/assets/index-Ab12Cd34.js"></script><link rel="stylesheet" href="/assets/index-Ef56Gh78.css">
</head><body><div id="root"></div>${'<!-- fyld -->'.repeat(100)}</body></html>`;

let root: string;
let t: TestApp;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'indsats-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), html);
  writeFileSync(join(root, 'assets', 'index-Ab12Cd34.js'), js);
  writeFileSync(join(root, 'assets', 'index-Ef56Gh78.css'), css);
  writeFileSync(join(root, 'assets', 'tiny-Zz99Yy88.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await precompressFolder(root);
  t = await startTestApp({}, { webRoot: root });
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (url: string, encoding: string) =>
  t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });

describe('the web client', () => {
  it('sends hashed assets precompressed (brotli, else gzip) and cached for a year as immutable', async () => {
    for (const [url, original, type] of [
      ['/assets/index-Ab12Cd34.js', js, /javascript/],
      ['/assets/index-Ef56Gh78.css', css, /text\/css/],
    ] as const) {
      const br = await get(url, 'gzip, deflate, br');
      expect(br.statusCode).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(type);
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(original);
      expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(original) / 3);

      const gz = await get(url, 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).toString()).toBe(original);

      const plain = await get(url, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(original);

      for (const res of [br, gz, plain]) {
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      }
    }
  });

  it('sends a file too small to compress as it is', async () => {
    const res = await get('/assets/tiny-Zz99Yy88.svg', 'br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('makes the browser revalidate index.html and the app behind every client-side route', async () => {
    for (const url of ['/', '/index.html', '/boern/123', '/login']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(html);
    }
  });

  it('answers 404 for a missing hashed file instead of the app', async () => {
    const res = await get('/assets/index-Gone0000.js', 'br');
    expect(res.statusCode).toBe(404);
  });
});
