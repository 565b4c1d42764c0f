import { sql } from 'drizzle-orm';
import type { Role } from '../../shared/roles.js';
import type { Db, Tx } from './client.js';

/** The caller of a request, as the policy and the database see it. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** The municipality of a municipal role; null for national roles. */
  municipalityCode: string | null;
  /** The institutions of a daycare_leader or staff assignment. */
  institutionIds: string[];
  ip: string | null;
}

export type ChildScope = 'municipality' | 'institution' | 'none';

/** How far the actor reaches into child-level data (the second lock; the first is the policy). */
export function childScopeOf(actor: Actor | null): ChildScope {
  if (!actor || !actor.municipalityCode) return 'none';
  switch (actor.role) {
    case 'daycare_chief':
      return 'municipality';
    case 'daycare_leader':
    case 'staff':
      return 'institution';
    case 'national_admin':
    case 'consultant':
    case 'assessor':
    case 'coordinator':
    case 'partner':
    case 'evaluator':
      return 'none';
  }
}

export const APP_ROLE = 'indsats_app';

/**
 * Runs `work` in one transaction as the application role with the actor's scope
 * set transaction-locally (set_config(..., true)), so row-level security applies
 * and nothing survives on a pooled connection.
 */
export function inActorTx<T>(db: Db, actor: Actor | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT
      set_config('role', ${APP_ROLE}, true),
      set_config('indsats.child_scope', ${childScopeOf(actor)}, true),
      set_config('indsats.municipality', ${actor?.municipalityCode ?? ''}, true),
      set_config('indsats.institutions', ${actor?.institutionIds.join(',') ?? ''}, true),
      set_config('indsats.user_id', ${actor?.userId ?? ''}, true)`);
    return work(tx);
  });
}

/** Runs `work` as the schema owner with the maintenance scope (seeding, benchmarks). Never for requests. */
export function inMaintenanceTx<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('indsats.child_scope', 'maintenance', true)`);
    return work(tx);
  });
}
