import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { courseMeetings, users, type OutboxAttachment } from './schema.js';

/**
 * Notifications (issue 11, point 2; ADR 33): each person's choice per kind,
 * the notifications waiting for their daily digest, the reminders already
 * sent, and each meeting's invitation sequence. The messages themselves go
 * through the outbox (schema-rounds.ts).
 */

/** A person's choice for one kind; absent = the kind's default (contracts/notifications.ts). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    delivery: text('delivery', { enum: ['immediate', 'digest', 'never'] }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** A notification held for its recipient's daily digest; `digested_at` is set when the digest is queued. */
export const notificationDigest = pgTable(
  'notification_digest',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    toAddress: text('to_address').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    attachments: jsonb('attachments').$type<OutboxAttachment[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    digestedAt: timestamp('digested_at', { withTimezone: true }),
  },
  (t) => [index('notification_digest_waiting_idx').on(t.digestedAt, t.createdAt)],
);

/** A reminder that has been sent, by a key naming what it reminded of and whom: each is sent once. */
export const notificationReminders = pgTable('notification_reminders', {
  key: text('key').primaryKey(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
});

/** A meeting's invitation: its iCalendar SEQUENCE, raised on every change sent to the participants. */
export const meetingInvitations = pgTable('meeting_invitations', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => courseMeetings.id, { onDelete: 'cascade' }),
  sequence: integer('sequence').notNull().default(0),
  /** The date and time the last invitation gave ('2027-03-02 10:00–12:00'); null when none stands (never sent or cancelled). */
  invitedDate: date('invited_date', { mode: 'string' }),
  invitedWhen: text('invited_when'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
