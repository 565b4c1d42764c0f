import { Access } from '../access/access.js';
import type { Db, Tx } from '../db/client.js';
import type { Actor } from './actor.js';
import { inActorTx } from './transaction.js';

/**
 * What every use case receives: the request's transaction (scoped to the
 * actor, audit rows committed with it), the actor, the request's instant and
 * the access module bound to the actor.
 * A use case reads nothing else that is global – no wall clock, no module
 * state – so a test can hand it a pinned clock and a built world.
 */
export interface Context {
  readonly tx: Tx;
  readonly actor: Actor;
  /** The request's "now": business rules and stored timestamps read it, never the system clock or SQL now(). */
  readonly now: Date;
  /** The access module bound to the actor: every record-level question goes here (ADR 21). */
  readonly access: Access;
}

/** The same for work no one is logged in for (login, a calendar feed, housekeeping). */
export interface PublicContext {
  readonly tx: Tx;
  readonly actor: null;
  readonly now: Date;
}

/** Runs `work` in one scoped transaction with a context built from its parts. */
export function inContext<T>(db: Db, actor: Actor, now: Date, work: (ctx: Context) => Promise<T>): Promise<T> {
  return inActorTx(db, actor, (tx) => work({ tx, actor, now, access: new Access(actor) }));
}

/** The same for anonymous work. */
export function inPublicContext<T>(db: Db, now: Date, work: (ctx: PublicContext) => Promise<T>): Promise<T> {
  return inActorTx(db, null, (tx) => work({ tx, actor: null, now }));
}
