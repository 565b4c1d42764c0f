import type { z } from 'zod';
import { AUDIT_CURSOR_PATTERN, type AuditEntry, type ListAuditQuery } from '../../shared/contracts/audit.js';
import { auditPageQuery, type AuditKey } from './audit-repository.js';
import { writeAudit } from './write-audit.js';
import type { Context } from '../core/context.js';
import { auditScope } from '../access/index.js';

/** The cursor the contract has already checked, as a key. */
function keyOf(cursor: string | undefined): AuditKey | undefined {
  const m = cursor ? AUDIT_CURSOR_PATTERN.exec(cursor) : null;
  if (!m) return undefined;
  return { occurredAt: m[1] ?? '', chain: m[2] ?? '', seq: Number(m[3]) };
}

/**
 * Audit entries the actor may review, newest first, a page at a time from the
 * cursor (`page.nextCursor` of the page before); the review itself is audited.
 */
export async function listAudit(ctx: Context, query: z.infer<typeof ListAuditQuery>) {
  const { tx, actor } = ctx;
  const reach = auditScope(actor);
  const scope = reach === 'all' ? 'all' : reach[0] ? { municipality: reach[0] } : 'none';
  const { cursor, pageSize, ...criteria } = query;
  const rows = await auditPageQuery(tx, { ...criteria, scope, after: keyOf(cursor) }, pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const hasMore = rows.length > pageSize;
  const items: AuditEntry[] = page.map(({ key: _key, ...r }) => ({
    ...r,
    occurredAt: r.occurredAt.toISOString(),
    details: (r.details ?? {}) as Record<string, unknown>,
  }));
  await writeAudit(tx, actor, {
    action: 'audit.search',
    entityType: 'audit',
    details: { criteria, resultCount: items.length },
  });
  return {
    items,
    page: { pageSize, hasMore, nextCursor: hasMore && last ? `${last.key}_${last.chain}_${last.seq}` : null },
  };
}
