import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorOfRole, type Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import { beginTx, type OpenTx } from '../../core/transaction.js';
import { holdTransaction, registerHeldTransactionRelease } from '../../http/held-transaction.js';
import {
  hashToken,
  loadSession,
  sessionOfRows,
  sessionScopeStatement,
  touchSession,
  type LoadedSession,
} from './session-repository.js';
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
/** Reads: no body, so the hook may begin the route's transaction (http/held-transaction.ts). */
const READS = new Set(['GET', 'HEAD']);

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

/** Whether the session may still be used at the request's instant: idle timeout, lifetime, an active user with a role. */
function isLive(app: FastifyInstance, request: FastifyRequest, session: LoadedSession): boolean {
  const now = request.now.getTime();
  const idleMs = app.config.session.idleMinutes * 60_000;
  return (
    session.userActive &&
    session.scope.length > 0 &&
    session.expiresAt.getTime() > now &&
    session.lastSeenAt.getTime() + idleMs > now
  );
}

/** Records the activity of a live session when the recorded one has grown stale (touchIntervalMs). */
function activityWrite(app: FastifyInstance, request: FastifyRequest, session: LoadedSession): () => Promise<void> {
  const now = request.now.getTime();
  if (now - session.lastSeenAt.getTime() < touchIntervalMs(app.config.session.idleMinutes)) {
    return () => Promise.resolve();
  }
  return () => touchSession(app.database.db, session.tokenHash, new Date(now));
}

function accept(request: FastifyRequest, session: LoadedSession): void {
  request.session = session;
  request.actor = actorOf(session, request.ip);
}

/** A write's or a public route's session: its own lookup, before the body is read. */
async function authenticate(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const session = await loadSession(app.database.db, hashToken(token));
  if (!session) return;
  if (!isLive(app, request, session)) {
    request.session = null;
    throw new AppError('session_expired');
  }
  await activityWrite(app, request, session)();
  accept(request, session);
}

/**
 * A read's session: looked up in the first round trip of the route's own
 * transaction, which also sets the scope derived from it (ADR 25). A refused
 * request rolls the transaction back before it answers; an accepted one
 * leaves it held for the route. The activity write happens after the
 * transaction ends, as the separate write it always was.
 */
async function authenticateRead(
  app: FastifyInstance,
  request: FastifyRequest,
  check: (request: FastifyRequest) => void,
): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new AppError('unauthenticated');
  const open: OpenTx = await beginTx(app.database.db, sessionScopeStatement(hashToken(token)));
  const session = sessionOfRows(open.rows);
  if (!session) {
    await open.rollback();
    throw new AppError('unauthenticated');
  }
  if (!isLive(app, request, session)) {
    await open.rollback();
    request.session = null;
    throw new AppError('session_expired');
  }
  const after = activityWrite(app, request, session);
  accept(request, session);
  try {
    check(request);
  } catch (err) {
    await open.rollback();
    await after();
    throw err;
  }
  holdTransaction(request, open, after);
}

/** The route's declared access, for a caller the hook has resolved (or not). */
function checkAccess(request: FastifyRequest): void {
  const access: RouteAccess | undefined = request.routeOptions.config.access;
  const actor = request.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (request.session?.mustChangePassword && !request.routeOptions.config.beforePasswordChange) {
    throw new AppError('password_change_required');
  }
  if (access !== 'authenticated' && access !== undefined && access !== 'public' && !can(actor, access)) {
    throw new AppError('forbidden');
  }
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !request.session || !sameToken(sent, request.session.csrfToken)) {
      throw new AppError('csrf_invalid');
    }
  }
}

/**
 * Runs before body parsing on every route: resolves the session, then enforces
 * the route's declared access (401 anonymous, 403 wrong role) and, for
 * state-changing requests, the CSRF token bound to the session.
 */
export function registerAuthHook(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  registerHeldTransactionRelease(app);

  app.addHook('onRequest', async (request) => {
    const access: RouteAccess | undefined = request.routeOptions.config.access;
    if (!access) return; // the web client's static files and the SPA fallback
    if (access === 'public') {
      // Public routes still know who is calling (login replaces an existing session).
      await authenticate(app, request).catch(() => undefined);
      return;
    }
    if (READS.has(request.method)) {
      await authenticateRead(app, request, checkAccess);
      return;
    }
    await authenticate(app, request);
    checkAccess(request);
  });
}
