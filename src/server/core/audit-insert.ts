import type { auditLog } from '../db/schema.js';

export type AuditRow = typeof auditLog.$inferInsert;

const AUDIT_COLUMNS = [
  'chain',
  'action',
  'actor_user_id',
  'actor_role',
  'entity_type',
  'entity_id',
  'municipality_code',
  'ip',
  'details',
] as const;

/**
 * The queued rows as one INSERT statement (values escaped by the driver), or
 * nothing: on PostgreSQL it travels in the same message as COMMIT.
 */
export function auditInsertSql(rows: AuditRow[], lit: (value: string) => string): string {
  if (rows.length === 0) return '';
  const value = (v: string | null | undefined) => (v === null || v === undefined ? 'NULL' : lit(v));
  const tuples = rows.map(
    (r) =>
      `(${[
        lit(r.chain),
        lit(r.action),
        value(r.actorUserId),
        value(r.actorRole),
        value(r.entityType),
        value(r.entityId),
        value(r.municipalityCode),
        value(r.ip),
        `${lit(JSON.stringify(r.details ?? {}))}::jsonb`,
      ].join(', ')})`,
  );
  return `INSERT INTO audit_log (${AUDIT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}; `;
}
