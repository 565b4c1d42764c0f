import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { configureZod } from '../shared/zod-config.js';
import fastifyMultipart from '@fastify/multipart';
import { MAX_UPLOAD_BYTES } from '../shared/contracts/applications.js';
import { registerAuditRoutes } from './audit/routes.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { registerApiRoutes } from './http/api-routes.js';
import { registerResponseHeaders } from './http/response-headers.js';
import { fastifyTrustProxy } from './http/trust-proxy.js';
import { registerErrorHandler, sendProblem } from './http/error-handler.js';
import { checkDatabase } from './http/health.js';
import './http/fastify-types.js';
import { registerAgreementRoutes } from './modules/agreements/index.js';
import { registerApplicationRoutes } from './modules/applications/index.js';
import { registerAssessmentRoutes } from './modules/assessments/index.js';
import { registerAuthHook, registerAuthRoutes } from './modules/auth/index.js';
import { registerCalendarRoutes } from './modules/calendar/index.js';
import { registerChangeModelRoutes } from './modules/change-model/index.js';
import { registerCourseDashboardRoutes } from './modules/course-dashboard/index.js';
import { registerCourseScheduleRoutes } from './modules/course-schedule/index.js';
import { registerCourseRoutes } from './modules/courses/index.js';
import { registerMeetingRoutes } from './modules/meetings/index.js';
import { registerMeetingAttachmentRoutes } from './modules/meeting-attachments/index.js';
import { registerSelfAnalysisRoutes } from './modules/self-analysis/index.js';
import { registerTrialRoutes } from './modules/trials/index.js';
import { registerDecisionRoutes } from './modules/decisions/index.js';
import { Mailer, registerMailRoutes } from './modules/mail/index.js';
import { registerNotificationRoutes } from './modules/notifications/index.js';
import { registerChildrenRoutes } from './modules/children/index.js';
import { registerOrganisationRoutes } from './modules/organisation/index.js';
import { registerReadersRoutes } from './modules/readers/index.js';
import { registerRoundRoutes } from './modules/rounds/index.js';
import { registerUserRoutes } from './modules/users/index.js';
import { registerTaskRoutes } from './modules/tasks/index.js';
import type { Clock } from './core/clock.js';
import { registerDomainEventHandlers } from './event-handlers.js';
import { webDistFolder } from './paths.js';
import { registerWebClient } from './http/web-client.js';

export interface BuildOptions {
  config: Config;
  database: Database;
  /** Serve the built web client (dist/web) when present. */
  serveWeb?: boolean;
  /** Where the built web client is (default dist/web); tests point at a folder of their own. */
  webRoot?: string;
  /** The clock every request reads its "now" from (default: the configuration's; tests pin it). */
  clock?: Clock;
  /** Where the log goes (default: standard output); a test reads it to see that no secret is written. */
  logStream?: { write(line: string): void };
}

const DOCS_PREFIX = '/api/docs';
/** JSON and problem+json answers: what the API sends (files and the web client are not compressed here). */
const COMPRESSIBLE_JSON = /^application\/(?:problem\+)?json(?:\s*;|$)/i;

/**
 * Compresses the API's JSON answers of 1 kB or more with brotli or gzip, as
 * the client accepts (with `Vary: Accept-Encoding`). The web client's files
 * are compressed once at build time and served as they are (http/web-client.ts),
 * so routes outside /api are left alone. Request bodies are not decompressed.
 */
async function registerCompression(app: FastifyInstance): Promise<void> {
  // Before the plugin's own onRoute hook, which reads `compress` from each route.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') && route.compress === undefined) route.compress = false;
  });
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE_JSON,
    globalDecompression: false,
  });
}
const FEED_TOKEN_IN_URL = /(\/api\/v1\/calendar\/feeds\/)[^/?#]+/;
/** A token as a query parameter (a one-time password link pasted with `?` for `#`, ADR 28): never logged either. */
const TOKEN_IN_QUERY = /([?&]token=)[^&#]*/gi;

/** Builds the whole application on a database that is already migrated. */
export async function buildApp({
  config,
  database,
  serveWeb = true,
  webRoot = webDistFolder,
  clock = config.clock,
  logStream,
}: BuildOptions): Promise<FastifyInstance> {
  configureZod();
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            ...(logStream ? { stream: logStream } : {}),
            redact: ['req.headers.cookie'],
            // A calendar feed's address is its secret, and so is a password link's token: never write them to the log.
            serializers: {
              req: (req: { method: string; url: string; host?: string; ip?: string }) => ({
                method: req.method,
                url: req.url.replace(FEED_TOKEN_IN_URL, '$1[skjult]').replace(TOKEN_IN_QUERY, '$1[skjult]'),
                host: req.host,
                remoteAddress: req.ip,
              }),
            },
          },
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: config.bodyLimit,
    genReqId: () => randomUUID(),
  });
  registerDomainEventHandlers();
  app.decorate('database', database);
  app.decorate('config', config);
  app.decorate('clock', clock);
  // A request reads the clock once; everything it does uses that instant (core/context.ts).
  app.decorateRequest('now', null as unknown as Date);
  app.addHook('onRequest', (request, _reply, done) => {
    request.now = clock();
    done();
  });
  const mailer = new Mailer(database.db, { mail: config.mail, clock, publicUrl: config.publicUrl });
  app.decorate('mailer', mailer);
  app.addHook('onClose', () => mailer.close());
  // With SMTP, a successful change sends the notifications it queued right after its commit (ADR 33).
  if (mailer.smtpConfigured)
    app.addHook('onResponse', (request, reply, done) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400)
        mailer.deliver().catch((err: unknown) => request.log.error({ err }, 'mail delivery failed'));
      done();
    });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // The API documentation's own routes are public; say so before they are added.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(DOCS_PREFIX)) route.config = { ...route.config, access: 'public' };
  });
  registerErrorHandler(app);
  await registerCompression(app);
  await app.register(fastifyCookie); // before the auth hook, which reads the session cookie
  // Uploads (signed PDFs) only; each route reads its one file with the limit in contracts/applications.ts.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });
  registerApiRoutes(app);
  registerAuthHook(app);
  registerResponseHeaders(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false, // sent only over HTTPS (http/response-headers.ts)
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Indsats API',
        description:
          'REST-API for Indsats. Alle svar er JSON; fejl er application/problem+json (RFC 9457) med en stabil `code`. ' +
          'Ændrende kald kræver sessionens CSRF-token i headeren `x-csrf-token` (fra GET /api/v1/session).',
        version: '1',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'indsats_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX, staticCSP: true });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['Drift'],
      summary: 'Svarer ok, når databasen svarer (ellers 503 efter højst 2 sekunder)',
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: () => checkDatabase(database.db),
  });
  r.get('/api/openapi.json', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: () => Promise.resolve(app.swagger()),
  });

  registerAuthRoutes(app);
  registerOrganisationRoutes(app);
  registerChildrenRoutes(app);
  registerUserRoutes(app);
  registerAuditRoutes(app);
  registerRoundRoutes(app);
  registerApplicationRoutes(app);
  registerAssessmentRoutes(app);
  registerMailRoutes(app);
  registerDecisionRoutes(app);
  registerAgreementRoutes(app);
  registerCourseRoutes(app);
  registerCourseScheduleRoutes(app);
  registerCalendarRoutes(app);
  registerMeetingRoutes(app);
  registerTrialRoutes(app);
  registerSelfAnalysisRoutes(app);
  registerChangeModelRoutes(app);
  registerCourseDashboardRoutes(app);
  registerReadersRoutes(app);
  registerMeetingAttachmentRoutes(app);
  registerTaskRoutes(app);
  registerNotificationRoutes(app);

  const withWeb = serveWeb && existsSync(join(webRoot, 'index.html'));
  if (withWeb) await registerWebClient(app, webRoot);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Client-side routes get the app; a missing file (/assets/x.js, /favicon.ico) is a plain 404.
    const isFile = path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path);
    if (withWeb && request.method === 'GET' && !path.startsWith('/api') && !isFile) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(reply, request, 'not_found');
  });
  return app;
}
