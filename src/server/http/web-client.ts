import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Vite names everything under assets/ by its content hash, so a file there never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and the SPA fallback) names the current hashed files: always revalidated. */
export const REVALIDATE = 'no-cache';

/**
 * Serves the built web client. The build (web/precompress.ts) leaves a brotli
 * (.br) and a gzip (.gz) copy beside each compressible file; @fastify/static
 * sends the best one the browser accepts, with `Vary: Accept-Encoding`.
 */
export async function registerWebClient(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', relative(root, path).split(sep)[0] === 'assets' ? IMMUTABLE : REVALIDATE);
      // The answer depends on the browser's Accept-Encoding (a .br, a .gz or the file itself); caches must know.
      res.setHeader('vary', 'Accept-Encoding');
    },
  });
}
