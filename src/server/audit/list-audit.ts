import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditEntry, ListAuditQuery } from '../../shared/contracts/audit.js';
import type { Tx } from '../db/client.js';
import { auditLog, users } from '../db/schema.js';
import type { Actor } from '../db/scope.js';
import { auditScope } from '../policy/policy.js';
import { writeAudit } from './write-audit.js';

const DAY_MS = 86_400_000;

/** Audit entries the actor may review, newest first; the review itself is audited. */
export async function listAudit(tx: Tx, actor: Actor, query: z.infer<typeof ListAuditQuery>) {
  const scope = auditScope(actor);
  const where: SQL[] = [];
  if (scope !== 'all') where.push(scope.length ? eq(auditLog.municipalityCode, scope[0] ?? '') : sql`false`);
  if (query.municipality) where.push(eq(auditLog.municipalityCode, query.municipality));
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.actorUserId) where.push(eq(auditLog.actorUserId, query.actorUserId));
  if (query.entityId) where.push(eq(auditLog.entityId, query.entityId));
  // Dates are whole days in Danish time.
  if (query.from) where.push(gte(auditLog.occurredAt, sql`(${query.from}::date)::timestamp AT TIME ZONE 'Europe/Copenhagen'`));
  if (query.to) {
    const next = new Date(Date.parse(query.to) + DAY_MS).toISOString().slice(0, 10);
    where.push(lt(auditLog.occurredAt, sql`(${next}::date)::timestamp AT TIME ZONE 'Europe/Copenhagen'`));
  }
  const rows = await tx
    .select({
      chain: auditLog.chain,
      seq: auditLog.seq,
      occurredAt: auditLog.occurredAt,
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
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.seq))
    .limit(query.pageSize + 1)
    .offset((query.page - 1) * query.pageSize);
  const hasMore = rows.length > query.pageSize;
  const items: AuditEntry[] = rows.slice(0, query.pageSize).map((r) => ({
    ...r,
    occurredAt: r.occurredAt.toISOString(),
    details: (r.details ?? {}) as Record<string, unknown>,
  }));
  const { page, pageSize, ...criteria } = query;
  await writeAudit(tx, actor, {
    action: 'audit.search',
    entityType: 'audit',
    details: { criteria, resultCount: items.length },
  });
  return { items, page: { page, pageSize, hasMore } };
}
