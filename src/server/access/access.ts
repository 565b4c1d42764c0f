import type { Permission } from '../../shared/permissions.js';
import type { Actor } from '../core/actor.js';
import { forbidden } from '../core/errors.js';
import type { Grant } from './grants.js';
import { can } from './permitted.js';
import { grantFor, type Action, type FactsOf } from './rules.js';
import { which, type BatchAction } from './which.js';
import type { Queryable } from '../db/client.js';

/**
 * The access module bound to one actor: what every use case asks through
 * `ctx.access`. `may` answers a record-level question from the rule table
 * (rules.ts); `why` gives the reason; `require` refuses with 403 (the record
 * was visible – a record the actor may not read is 404 before this is asked).
 */
export class Access {
  constructor(readonly actor: Actor) {}

  /** The role-level question: may the role do this kind of thing at all? */
  can(permission: Permission): boolean {
    return can(this.actor, permission);
  }

  may<A extends Action>(action: A, facts: FactsOf<A>): boolean {
    return grantFor(this.actor, action, facts) !== null;
  }

  why<A extends Action>(action: A, facts: FactsOf<A>): Grant | null {
    return grantFor(this.actor, action, facts);
  }

  /**
   * Of these ids of one kind, those the actor may do `action` with – one
   * query, by the lists' own conditions for reading (which.ts).
   */
  which(tx: Queryable, action: BatchAction, ids: readonly string[]): Promise<string[]> {
    return which(tx, this.actor, action, ids);
  }

  require<A extends Action>(action: A, facts: FactsOf<A>): Grant {
    const grant = grantFor(this.actor, action, facts);
    if (!grant) throw forbidden();
    return grant;
  }
}
