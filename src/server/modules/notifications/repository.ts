import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import type { OutboxAttachment } from '../../db/schema.js';
import {
  meetingInvitations,
  notificationDigest,
  notificationPreferences,
  notificationReminders,
} from '../../db/schema-notifications.js';
import type { NotificationDelivery, NotificationKind } from '../../../shared/contracts/notifications.js';

/** The stored choices of these people (absent = the kind's default). */
export function preferencesOf(q: Queryable, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return q
    .select({
      userId: notificationPreferences.userId,
      kind: notificationPreferences.kind,
      delivery: notificationPreferences.delivery,
    })
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, userIds));
}

export async function savePreferences(
  q: Queryable,
  userId: string,
  items: { kind: NotificationKind; delivery: NotificationDelivery }[],
  now: Date,
): Promise<void> {
  if (items.length === 0) return;
  await q
    .insert(notificationPreferences)
    .values(items.map((i) => ({ userId, kind: i.kind, delivery: i.delivery, updatedAt: now })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { delivery: sql`excluded.delivery`, updatedAt: now },
    });
}

export interface DigestItem {
  userId: string;
  toAddress: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  attachments: OutboxAttachment[];
  createdAt: Date;
}

export async function holdForDigest(q: Queryable, items: DigestItem[]): Promise<void> {
  if (items.length > 0) await q.insert(notificationDigest).values(items);
}

/**
 * Takes every notification created before `cutoff` that waits for a digest, marking it
 * digested in the same statement: two instances running the job never take the same row.
 */
export function takeDigestItems(q: Queryable, cutoff: Date, now: Date) {
  const waiting = q
    .select({ id: notificationDigest.id })
    .from(notificationDigest)
    .where(and(isNull(notificationDigest.digestedAt), lt(notificationDigest.createdAt, cutoff)))
    .for('update', { skipLocked: true });
  return q
    .update(notificationDigest)
    .set({ digestedAt: now })
    .where(inArray(notificationDigest.id, waiting))
    .returning();
}

/** Remembers reminders as sent; returns the keys that were new (each reminder is sent once). */
export async function rememberReminders(q: Queryable, keys: string[], now: Date): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await q
    .insert(notificationReminders)
    .values(keys.map((key) => ({ key, sentAt: now })))
    .onConflictDoNothing()
    .returning({ key: notificationReminders.key });
  return new Set(rows.map((r) => r.key));
}

/** The meetings' standing invitations (sequence, and the date and time the last one gave). */
export function invitationsOf(q: Queryable, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return q.select().from(meetingInvitations).where(inArray(meetingInvitations.meetingId, meetingIds));
}

export async function saveInvitation(
  q: Queryable,
  row: { meetingId: string; sequence: number; invitedDate: string | null; invitedWhen: string | null; updatedAt: Date },
): Promise<void> {
  await q
    .insert(meetingInvitations)
    .values(row)
    .onConflictDoUpdate({
      target: meetingInvitations.meetingId,
      set: {
        sequence: row.sequence,
        invitedDate: row.invitedDate,
        invitedWhen: row.invitedWhen,
        updatedAt: row.updatedAt,
      },
    });
}
