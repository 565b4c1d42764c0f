import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { auditLog, users } from '../db/schema.js';

const DAY_MS = 86_400_000;

/** Where a page starts: the last entry of the page before (contracts/audit.ts AuditCursor). */
export interface AuditKey {
  occurredAt: string;
  chain: string;
  seq: number;
}

export interface AuditFilter {
  /** Whose entries the reader may see: all (the agency), one municipality's, or none. */
  scope: 'all' | 'none' | { municipality: string };
  municipality?: string | undefined;
  action?: string | undefined;
  actorUserId?: string | undefined;
  entityId?: string | undefined;
  /** Whole days in Danish time, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  after?: AuditKey | undefined;
}

const dayStart = (day: string) => sql`(${day}::date)::timestamp AT TIME ZONE 'Europe/Copenhagen'`;

/**
 * One page of audit entries, newest first in the order (occurred_at, chain, seq).
 * Every filter the page offers has an index ending in that key (db/schema.ts), so
 * the filter, the date window and the cursor are all index conditions and the
 * page is read in index order: no scan, no sort, no offset (ADR 15).
 */
export function auditPageQuery(q: Queryable, f: AuditFilter, limit: number) {
  const where: SQL[] = [];
  if (f.scope === 'none') where.push(sql`false`);
  else if (f.scope !== 'all') where.push(eq(auditLog.municipalityCode, f.scope.municipality));
  if (f.municipality) where.push(eq(auditLog.municipalityCode, f.municipality));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.actorUserId) where.push(eq(auditLog.actorUserId, f.actorUserId));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.from) where.push(gte(auditLog.occurredAt, dayStart(f.from)));
  if (f.to)
    where.push(lt(auditLog.occurredAt, dayStart(new Date(Date.parse(f.to) + DAY_MS).toISOString().slice(0, 10))));
  if (f.after) {
    const { occurredAt, chain, seq } = f.after;
    where.push(
      sql`(${auditLog.occurredAt}, ${auditLog.chain}, ${auditLog.seq}) < (${occurredAt}::timestamptz, ${chain}, ${seq}::bigint)`,
    );
  }
  return q
    .select({
      chain: auditLog.chain,
      seq: auditLog.seq,
      occurredAt: auditLog.occurredAt,
      /** The time to microseconds, for the cursor (a JavaScript Date keeps milliseconds). */
      key: sql<string>`to_char(${auditLog.occurredAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      actorUserId: auditLog.actorUserId,
      actorName: users.name,
      actorRole: auditLog.actorRole,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      municipalityCode: auditLog.municipalityCode,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...where))
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.chain), desc(auditLog.seq))
    .limit(limit);
}
