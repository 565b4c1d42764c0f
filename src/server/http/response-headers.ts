import type { FastifyInstance } from 'fastify';

export const NO_STORE = 'no-store';
/** One year; sent only on responses that arrived over HTTPS, so a plain-HTTP test setup is never pinned. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers every response gets, errors and files included (onSend runs for all):
 *
 * - `Cache-Control: no-store` on every /api response. An authenticated route
 *   cannot choose otherwise: what it returns is someone's data, and no browser
 *   or proxy may keep it. A public route may set its own (the calendar feed
 *   does); one that sets none gets no-store too.
 * - `Strict-Transport-Security` when the request came over HTTPS – directly,
 *   or through a proxy trusted by INDSATS_TRUST_PROXY (request.protocol reads
 *   X-Forwarded-Proto only from a trusted proxy).
 */
export function registerResponseHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    if (request.url.startsWith('/api/') || request.url === '/api') {
      const isPublic = request.routeOptions.config.access === 'public';
      if (!isPublic || !reply.hasHeader('cache-control')) void reply.header('cache-control', NO_STORE);
    }
    return payload;
  });
}
