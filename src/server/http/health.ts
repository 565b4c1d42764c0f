import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { AppError } from '../core/errors.js';

/** How long the health check waits for the database before it answers 503. */
export const HEALTH_TIMEOUT_MS = 2000;

/**
 * Asks the database for `SELECT 1`, but waits at most `timeoutMs`: a health
 * check that hangs (a pool run dry, a lock queue) tells a load balancer nothing,
 * so it answers 503 "unavailable" instead, as it does when the database fails (ADR 15).
 */
export async function checkDatabase(db: Db, timeoutMs = HEALTH_TIMEOUT_MS): Promise<{ status: 'ok' }> {
  const giveUp = new AbortController();
  const answered = await Promise.race([
    db.execute(sql`SELECT 1`).then(
      () => true,
      () => false,
    ),
    sleep(timeoutMs, false, { signal: giveUp.signal, ref: false }).catch(() => false),
  ]).finally(() => giveUp.abort());
  if (!answered) throw new AppError('unavailable', { detail: 'Databasen svarer ikke.' });
  return { status: 'ok' };
}
