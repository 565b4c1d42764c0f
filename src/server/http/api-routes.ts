import type { FastifyInstance } from 'fastify';
import { type RouteAccess } from '../access/index.js';

export interface ApiRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

/**
 * Every /api route must declare who may call it (config.access); a route
 * without it stops the start. The list is what the authorisation matrix test
 * holds against test/authorisation/route-table.ts.
 */
export function registerApiRoutes(app: FastifyInstance): void {
  app.decorate('apiRoutes', [] as ApiRoute[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Ruten ${String(route.method)} ${route.url} mangler en adgangsregel (config.access)`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access });
    }
  });
}
