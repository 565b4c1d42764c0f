// Core names the access module's type only: the context is made above it, in http/request-context.ts.
import type { Access } from '../access/index.js';
import type { Tx } from '../db/client.js';
import type { Actor } from './actor.js';

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
