import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorOfRole, type Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import { hashToken, loadSession, touchSession, type LoadedSession } from './session-repository.js';
import { can, type RouteAccess } from '../../access/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's session, resolved by the auth hook; null when anonymous. */
    session: LoadedSession | null;
  }
}

export const SESSION_COOKIE = 'indsats_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * How stale the recorded activity may get before a request writes it again:
 * a thirtieth of the idle timeout, at most a minute. So a session ends between
 * 29/30 of the idle time and the idle time after its last request, for any
 * configured idle time, while a busy session writes at most once a minute.
 */
export function touchIntervalMs(idleMinutes: number): number {
  return Math.min(60_000, (idleMinutes * 60_000) / 30);
}

export function actorOf(session: LoadedSession, ip: string | null): Actor {
  return actorOfRole(session, session.activeRole, session.scope, ip);
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function authenticate(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const session = await loadSession(app.database.db, hashToken(token));
  if (!session) return;
  const now = request.now.getTime();
  const idleMs = app.config.session.idleMinutes * 60_000;
  const live =
    session.userActive &&
    session.scope.length > 0 &&
    session.expiresAt.getTime() > now &&
    session.lastSeenAt.getTime() + idleMs > now;
  if (!live) {
    request.session = null;
    throw new AppError('session_expired');
  }
  if (now - session.lastSeenAt.getTime() >= touchIntervalMs(app.config.session.idleMinutes)) {
    await touchSession(app.database.db, session.tokenHash, new Date(now));
  }
  request.session = session;
  request.actor = actorOf(session, request.ip);
}

/**
 * Runs before body parsing on every route: resolves the session, then enforces
 * the route's declared access (401 anonymous, 403 wrong role) and, for
 * state-changing requests, the CSRF token bound to the session.
 */
export function registerAuthHook(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    const access: RouteAccess | undefined = request.routeOptions.config.access;
    if (!access) return; // the web client's static files and the SPA fallback
    if (access === 'public') {
      // Public routes still know who is calling (login replaces an existing session).
      await authenticate(app, request).catch(() => undefined);
      return;
    }
    await authenticate(app, request);
    const actor = request.actor;
    if (!actor) throw new AppError('unauthenticated');
    if (request.session?.mustChangePassword && !request.routeOptions.config.beforePasswordChange) {
      throw new AppError('password_change_required');
    }
    if (access !== 'authenticated' && !can(actor, access)) throw new AppError('forbidden');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !request.session || !sameToken(sent, request.session.csrfToken)) {
        throw new AppError('csrf_invalid');
      }
    }
  });
}
