import type { Config } from '../config.js';
import type { Clock } from '../core/clock.js';
import type { Database } from '../db/client.js';
import type { Mailer } from '../modules/mail/mailer.js';
import type { Actor } from '../core/actor.js';
import type { ApiRoute } from './auth-hook.js';
import type { LoadedSession } from '../modules/auth/session-repository.js';
import type { RouteAccess } from '../policy/policy.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: Config;
    /** Where requests and housekeeping read "now" (buildApp's clock option; tests pin it). */
    clock: Clock;
    /** Delivers the e-mail outbox (modules/mail/mailer.ts). */
    mailer: Mailer;
    /** Every /api route with its declared access, for the authorisation matrix test. */
    apiRoutes: ApiRoute[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The instant the request arrived, from the app's clock: the request's "now". */
    now: Date;
    session: LoadedSession | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route; every /api route must declare it (see policy/policy.ts). */
    access?: RouteAccess;
    /** Open to a session that must change its password first (docs/adr/0011); all other routes refuse it. */
    beforePasswordChange?: boolean;
  }
}

export {};
