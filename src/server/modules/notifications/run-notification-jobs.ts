import type { Db } from '../../db/client.js';
import { inMaintenanceTx } from '../../core/transaction.js';
import { sendDigests } from './send-digests.js';
import { sendReminders } from './send-reminders.js';

/**
 * The notifications' share of housekeeping (server.ts, hourly): the reminders,
 * then the daily digests (so a reminder held for the digest goes in today's).
 * Returns how many messages it queued; the caller delivers them.
 */
export async function runNotificationJobs(db: Db, now: Date): Promise<number> {
  const reminders = await inMaintenanceTx(db, (tx) => sendReminders(tx, now));
  return reminders + (await inMaintenanceTx(db, (tx) => sendDigests(tx, now)));
}
