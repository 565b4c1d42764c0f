import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ChangePasswordRequest,
  LoginRequest,
  SessionResponse,
  SwitchRoleRequest,
} from '../../../shared/contracts/auth.js';
import { OkResponse } from '../../../shared/contracts/common.js';
import { writeAudit } from '../../audit/write-audit.js';
import { actorOf, SESSION_COOKIE } from './auth-hook.js';
import { AppError } from '../../core/errors.js';
import { inContext, inRequest, requireActor } from '../../http/request-context.js';
import { registerAccountRoutes } from './account-routes.js';
import { changeOwnPassword } from './change-own-password.js';
import { login } from './login.js';
import { listAssignmentsOf, presentSession } from './present-session.js';
import { deleteSession, hashToken, loadSession, setActiveRole } from './session-repository.js';

const tags = ['Log ind og session'];

function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string) {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
    maxAge: app.config.session.absoluteHours * 3600,
  });
}

function clearSessionCookie(reply: FastifyReply) {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto' });
}

function previousTokenHash(request: FastifyRequest): string | null {
  const token = request.cookies[SESSION_COOKIE];
  return token ? hashToken(token) : null;
}

export function registerAuthRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/auth/login', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Log ind med e-mail og adgangskode',
      body: LoginRequest,
      response: { 200: SessionResponse },
    },
    handler: async (request, reply) => {
      const outcome = await login(
        app.database.db,
        {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          previousTokenHash: previousTokenHash(request),
          absoluteHours: app.config.session.absoluteHours,
        },
        request.now,
      );
      if (!outcome.ok) {
        if (outcome.reason === 'throttled') {
          throw new AppError('login_throttled', { headers: { 'retry-after': String(outcome.retryAfterSeconds) } });
        }
        throw new AppError('login_failed');
      }
      setSessionCookie(app, reply, outcome.token);
      // Resolve the new session as the next request will.
      const session = await loadSession(app.database.db, hashToken(outcome.token));
      if (!session) throw new AppError('internal');
      return inContext(app.database.db, actorOf(session, request.ip), request.now, (ctx) =>
        presentSession(ctx, outcome.csrfToken, app.config.session.idleMinutes, session.mustChangePassword),
      );
    },
  });

  r.post('/api/v1/auth/logout', {
    config: { access: 'authenticated', beforePasswordChange: true },
    schema: { tags, summary: 'Log ud og afslut sessionen', response: { 200: OkResponse } },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const tokenHash = request.session?.tokenHash;
      await inRequest(request, async (ctx) => {
        if (tokenHash) await deleteSession(ctx.tx, tokenHash);
        await writeAudit(ctx.tx, actor, {
          action: 'auth.logout',
          entityType: 'user',
          entityId: actor.userId,
          details: {},
        });
      });
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  });

  r.get('/api/v1/session', {
    config: { access: 'authenticated', beforePasswordChange: true },
    schema: { tags, summary: 'Den indloggede bruger, aktive rolle og CSRF-token', response: { 200: SessionResponse } },
    handler: async (request) => {
      const csrf = request.session?.csrfToken ?? '';
      const mustChange = request.session?.mustChangePassword ?? false;
      return inRequest(request, (ctx) => presentSession(ctx, csrf, app.config.session.idleMinutes, mustChange));
    },
  });

  r.put('/api/v1/session/role', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Skift aktiv rolle', body: SwitchRoleRequest, response: { 200: SessionResponse } },
    handler: async (request) => {
      const actor = requireActor(request);
      const session = request.session;
      if (!session) throw new AppError('unauthenticated');
      const held = await inRequest(request, async (ctx) => {
        return (await listAssignmentsOf(ctx.tx, actor.userId)).some((a) => a.role === request.body.role);
      });
      if (!held) {
        // Asking for a role one does not hold is a refused attempt that matters (docs/adr/0011): audited.
        await inRequest(request, (ctx) =>
          writeAudit(ctx.tx, actor, {
            action: 'auth.role_switch_refused',
            entityType: 'user',
            entityId: actor.userId,
            details: { from: actor.role, to: request.body.role },
          }),
        );
        throw new AppError('role_not_held');
      }
      await inRequest(request, async (ctx) => {
        await setActiveRole(ctx.tx, session.tokenHash, request.body.role);
        await writeAudit(ctx.tx, actor, {
          action: 'auth.role_switched',
          entityType: 'user',
          entityId: actor.userId,
          details: { from: actor.role, to: request.body.role },
        });
      });
      const reloaded = await loadSession(app.database.db, session.tokenHash);
      if (!reloaded) throw new AppError('session_expired');
      const next = actorOf(reloaded, request.ip);
      return inContext(app.database.db, next, request.now, (ctx) =>
        presentSession(ctx, reloaded.csrfToken, app.config.session.idleMinutes, reloaded.mustChangePassword),
      );
    },
  });

  r.post('/api/v1/session/password', {
    config: { access: 'authenticated', beforePasswordChange: true },
    schema: {
      tags,
      summary: 'Skift din egen adgangskode (også når en anden har sat den, og den skal skiftes)',
      body: ChangePasswordRequest,
      response: { 200: SessionResponse },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      const session = request.session;
      if (!session) throw new AppError('unauthenticated');
      await changeOwnPassword(app.database.db, actor, session, request.body, request.now);
      return inRequest(request, (ctx) => presentSession(ctx, session.csrfToken, app.config.session.idleMinutes, false));
    },
  });

  registerAccountRoutes(app);
}
