import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { OutboxStatus } from '../../../shared/contracts/decisions.js';
import type { Queryable } from '../../db/client.js';
import { after, orderBy, type KeyPart } from '../../db/keyset.js';
import { outbox, roleAssignments, users, type OutboxAttachment } from '../../db/schema.js';

export interface NewMessage {
  toAddress: string;
  subject: string;
  body: string;
  /** The notification kind (notifications module); 'other' when absent. */
  kind?: string;
  /** The recipient's account, when known. */
  userId?: string | null;
  /** The page the message links to. */
  link?: string | null;
  attachments?: OutboxAttachment[];
}

export async function enqueue(q: Queryable, messages: NewMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  await q.insert(outbox).values(messages);
  return messages.length;
}

/** The outbox's order, newest first (ADR 16); the id breaks ties within one transaction's messages. */
const OUTBOX_ORDER: KeyPart[] = [
  // As an expression: the cursor holds the time as text to the microsecond (a Date would cut it to the millisecond).
  { column: sql`${outbox.createdAt}`, direction: 'desc' },
  { column: outbox.id, direction: 'desc' },
];

/**
 * One page of the outbox, newest first, optionally only one status: the rows after
 * `after` (the cursor's key), `limit + 1` of them (keyset paging, ADR 16). Each row
 * carries its time to the microsecond as text, for the next cursor.
 */
export function listMessages(
  q: Queryable,
  filter: { status?: OutboxStatus; after?: readonly [string, string]; limit: number },
) {
  return q
    .select({
      id: outbox.id,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      body: outbox.body,
      status: outbox.status,
      attempts: outbox.attempts,
      error: outbox.error,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      createdKey: sql<string>`to_char(${outbox.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(outbox)
    .where(and(filter.status ? eq(outbox.status, filter.status) : undefined, after(OUTBOX_ORDER, filter.after)))
    .orderBy(...orderBy(OUTBOX_ORDER))
    .limit(filter.limit + 1);
}

/**
 * Puts a failed message back in the queue for a fresh round of attempts; the
 * message as it was, or null when there is no failed message with this id.
 */
export async function requeueFailed(q: Queryable, id: string) {
  const [before] = await q
    .select({ toAddress: outbox.toAddress, attempts: outbox.attempts, error: outbox.error })
    .from(outbox)
    .where(and(eq(outbox.id, id), eq(outbox.status, 'failed')))
    .for('update');
  if (!before) return null;
  await q
    .update(outbox)
    .set({ status: 'queued', attempts: 0, error: null, claimedBy: null, claimedUntil: null })
    .where(eq(outbox.id, id));
  return before;
}

/** Whether a message exists (any status). */
export async function messageExists(q: Queryable, id: string): Promise<boolean> {
  const rows = await q.select({ id: outbox.id }).from(outbox).where(eq(outbox.id, id));
  return rows.length === 1;
}

/**
 * Claims up to `limit` queued messages for `instance` until `leaseUntil`, oldest first (ADR 33):
 * rows another instance holds locked are skipped (SKIP LOCKED), rows whose claim has
 * lapsed (a crashed instance) are claimed again. One statement, so two instances never
 * claim the same row.
 */
export function claimDue(
  q: Queryable,
  claim: { instance: string; now: Date; leaseUntil: Date; maxAttempts: number; limit: number },
) {
  const due = q
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'queued'),
        lt(outbox.attempts, claim.maxAttempts),
        or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, claim.now)),
      ),
    )
    .orderBy(asc(outbox.createdAt), asc(outbox.id))
    .limit(claim.limit)
    .for('update', { skipLocked: true });
  return q
    .update(outbox)
    .set({ claimedBy: claim.instance, claimedUntil: claim.leaseUntil })
    .where(inArray(outbox.id, due))
    .returning();
}

/** Marks a claimed message sent; false when the claim was lost (lapsed and taken by another instance). */
export async function markSent(q: Queryable, id: string, instance: string, now: Date): Promise<boolean> {
  const rows = await q
    .update(outbox)
    .set({
      status: 'sent',
      sentAt: now,
      error: null,
      attempts: sql`${outbox.attempts} + 1`,
      claimedBy: null,
      claimedUntil: null,
    })
    .where(and(eq(outbox.id, id), eq(outbox.claimedBy, instance), eq(outbox.status, 'queued')))
    .returning({ id: outbox.id });
  return rows.length === 1;
}

/** Gives a claimed message back after a failed send: queued again, or failed after the last attempt. */
export async function markFailed(q: Queryable, id: string, instance: string, error: string, final: boolean) {
  await q
    .update(outbox)
    .set({
      status: final ? 'failed' : 'queued',
      error: error.slice(0, 500),
      attempts: sql`${outbox.attempts} + 1`,
      claimedBy: null,
      claimedUntil: null,
    })
    .where(and(eq(outbox.id, id), eq(outbox.claimedBy, instance)));
}

/** E-mail addresses of the active users holding a role in these municipalities. */
export async function addressesOf(q: Queryable, role: 'coordinator', municipalityCodes: string[]) {
  if (municipalityCodes.length === 0) return [];
  return q
    .selectDistinct({
      municipalityCode: roleAssignments.municipalityCode,
      email: users.email,
      name: users.name,
      userId: users.id,
    })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, role),
        inArray(roleAssignments.municipalityCode, municipalityCodes),
        eq(users.active, true),
      ),
    );
}

/** Gives claims back unsent (a delivery that already tried these messages leaves them to the next one). */
export async function releaseClaims(q: Queryable, ids: string[], instance: string): Promise<void> {
  await q
    .update(outbox)
    .set({ claimedBy: null, claimedUntil: null })
    .where(and(inArray(outbox.id, ids), eq(outbox.claimedBy, instance)));
}
