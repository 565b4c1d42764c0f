import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import { queryRows, type Db } from '../db/client.js';
import { AUDIT_CHAINS, type AuditChain } from './events.js';

const DAY_MS = 86_400_000;

/** Rows one prune transaction removes at most: small enough that PGlite's one connection is free again at once. */
export const PRUNE_BATCH_SIZE = 1000;

export function retentionDaysOf(chain: AuditChain, config: Config['audit']): number {
  return chain === 'access' ? config.accessRetentionDays : config.retentionDays;
}

export interface PruneOptions {
  now: Date;
  batchSize?: number;
  /** Called after each committed batch (tests, progress). */
  onBatch?: (chain: AuditChain, removed: number) => Promise<void> | void;
}

/**
 * Removes one batch of a chain's entries older than `before`: the oldest ones,
 * walked by the key (chain, seq) from the chain's anchor, in a transaction of
 * their own that never locks the chain head (drizzle/0007_audit_at_scale.sql).
 * Returns how many it removed; 0 when nothing older is left.
 */
export async function pruneAuditBatch(db: Db, chain: AuditChain, before: Date, batchSize: number): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(
    db,
    sql`SELECT indsats_audit_prune_batch(${chain}, ${before.toISOString()}::timestamptz, ${batchSize}::int) AS n`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Removes audit entries older than their chain's retention, batch by batch,
 * yielding to other work between batches, so audited requests never wait for
 * more than one short batch (ADR 15). Runs as the schema owner; the
 * application role may not call the prune function.
 */
export async function pruneAudit(
  db: Db,
  config: Config['audit'],
  options: PruneOptions,
): Promise<Record<AuditChain, number>> {
  const { now } = options;
  const batchSize = options.batchSize ?? PRUNE_BATCH_SIZE;
  const removed = { access: 0, change: 0, auth: 0 } satisfies Record<AuditChain, number>;
  for (const chain of AUDIT_CHAINS) {
    const before = new Date(now.getTime() - retentionDaysOf(chain, config) * DAY_MS);
    for (;;) {
      const n = await pruneAuditBatch(db, chain, before, batchSize);
      if (n === 0) break;
      removed[chain] += n;
      await options.onBatch?.(chain, n);
      await nextTurn();
    }
  }
  return removed;
}
