import type { FastifyRequest } from 'fastify';
import { Access } from '../access/index.js';
import type { Actor } from '../core/actor.js';
import type { Context, PublicContext } from '../core/context.js';
import { AppError } from '../core/errors.js';
import { inActorTx } from '../core/transaction.js';
import type { Db } from '../db/client.js';
import { takeHeldTransaction } from './held-transaction.js';

/** Runs `work` in one scoped transaction with a context built from its parts (a request, login, the CLI). */
export function inContext<T>(db: Db, actor: Actor, now: Date, work: (ctx: Context) => Promise<T>): Promise<T> {
  return inActorTx(db, actor, (tx) => work({ tx, actor, now, access: new Access(actor) }));
}

/** The same for anonymous work. */
export function inPublicContext<T>(db: Db, now: Date, work: (ctx: PublicContext) => Promise<T>): Promise<T> {
  return inActorTx(db, null, (tx) => work({ tx, actor: null, now }));
}

/** The logged-in caller; the auth hook has already refused anonymous calls to non-public routes. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}

/**
 * The one place a request's context is made: the logged-in actor, the instant
 * the request arrived (read once from the app's clock) and a transaction scoped
 * to the actor, committed with its audit rows when `work` succeeds. A read's
 * first call takes the transaction the auth hook began with the session
 * lookup (http/held-transaction.ts); any other call begins its own.
 */
export async function inRequest<T>(request: FastifyRequest, work: (ctx: Context) => Promise<T>): Promise<T> {
  const actor = requireActor(request);
  const held = takeHeldTransaction(request);
  if (!held) return inContext(request.server.database.db, actor, request.now, work);
  try {
    return await held.open.run((tx) => work({ tx, actor, now: request.now, access: new Access(actor) }));
  } finally {
    await held.after();
  }
}

/** The same for a public route (login, a calendar feed): no actor. */
export function inPublicRequest<T>(request: FastifyRequest, work: (ctx: PublicContext) => Promise<T>): Promise<T> {
  return inPublicContext(request.server.database.db, request.now, work);
}
