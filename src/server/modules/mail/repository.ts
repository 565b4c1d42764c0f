import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
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

export async function listMessages(q: Queryable, page: number, pageSize: number) {
  const rows = await q
    .select()
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [count] = await q.select({ n: sql<number>`count(*)::int` }).from(outbox);
  return { rows, total: count?.n ?? 0 };
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
