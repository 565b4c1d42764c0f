import type { Db } from '../../db/client.js';
import { inMaintenanceTx } from '../../core/transaction.js';
import { sendDigests } from './send-digests.js';

/**
 * The notifications' share of housekeeping (server.ts, hourly): the daily
 * digests. Returns how many messages it queued; the caller delivers them.
 */
export async function runNotificationJobs(db: Db, now: Date): Promise<number> {
  return inMaintenanceTx(db, (tx) => sendDigests(tx, now));
}
