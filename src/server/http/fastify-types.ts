import type { Config } from '../config.js';
import type { Clock } from '../core/clock.js';
import type { Database } from '../db/client.js';
import type { Actor } from '../core/actor.js';
import type { ApiRoute } from './api-routes.js';
import { type RouteAccess } from '../access/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: Config;
    /** Where requests and housekeeping read "now" (buildApp's clock option; tests pin it). */
    clock: Clock;
    /** Every /api route with its declared access, for the authorisation matrix test. */
    apiRoutes: ApiRoute[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The instant the request arrived, from the app's clock: the request's "now". */
    now: Date;
  }
  interface FastifyContextConfig {
    /** Who may call the route; every /api route must declare it (see access/route-access.ts). */
    access?: RouteAccess;
    /** Open to a session that must change its password first (docs/adr/0011); all other routes refuse it. */
    beforePasswordChange?: boolean;
  }
}

export {};
