import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import { queryRows, type Db } from '../db/client.js';
import { AUDIT_CHAINS, type AuditChain } from './events.js';

const DAY_MS = 86_400_000;

export function retentionDaysOf(chain: AuditChain, config: Config['audit']): number {
  return chain === 'access' ? config.accessRetentionDays : config.retentionDays;
}

/**
 * Removes audit entries older than their chain's retention. Runs as the schema
 * owner through indsats_audit_prune(), which the application role may not call.
 */
export async function pruneAudit(
  db: Db,
  config: Config['audit'],
  now: Date = new Date(),
): Promise<Record<AuditChain, number>> {
  const removed = { access: 0, change: 0, auth: 0 } satisfies Record<AuditChain, number>;
  for (const chain of AUDIT_CHAINS) {
    const before = new Date(now.getTime() - retentionDaysOf(chain, config) * DAY_MS);
    const [row] = await queryRows<{ n: string | number }>(
      db,
      sql`SELECT indsats_audit_prune(${chain}, ${before.toISOString()}::timestamptz) AS n`,
    );
    removed[chain] = Number(row?.n ?? 0);
  }
  return removed;
}
