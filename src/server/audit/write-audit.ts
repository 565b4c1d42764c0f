import type { Tx } from '../db/client.js';
import { type Actor } from '../core/actor.js';
import { queueAudit } from '../core/transaction.js';
import { AUDIT_ACTIONS, type AuditAction, type AuditEvent } from './events.js';

/** Who did it, when nobody is logged in yet (a login attempt). */
export interface AnonymousCaller {
  ip: string | null;
}

export type AuditCaller = Pick<Actor, 'userId' | 'role' | 'municipalityCode' | 'ip'> | AnonymousCaller;

/**
 * Records one audit row in the caller's transaction: it is inserted just
 * before that transaction commits, so it commits or rolls back with the change
 * it records. The database numbers and chains it.
 */
export function writeAudit<A extends AuditAction>(tx: Tx, who: AuditCaller, event: AuditEvent<A>): Promise<void> {
  const actor = 'userId' in who ? who : null;
  queueAudit(tx, {
    chain: AUDIT_ACTIONS[event.action],
    action: event.action,
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    municipalityCode: event.municipalityCode ?? actor?.municipalityCode ?? null,
    ip: who.ip,
    details: event.details,
  });
  return Promise.resolve();
}
