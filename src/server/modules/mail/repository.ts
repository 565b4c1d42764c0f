import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { outbox, roleAssignments, users } from '../../db/schema.js';

export interface NewMessage {
  toAddress: string;
  subject: string;
  body: string;
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

/** Queued messages still worth trying, oldest first. */
export function dueMessages(q: Queryable, maxAttempts: number, limit: number) {
  return q
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'queued'), lt(outbox.attempts, maxAttempts)))
    .orderBy(asc(outbox.createdAt))
    .limit(limit);
}

export async function markSent(q: Queryable, id: string, now: Date): Promise<void> {
  await q
    .update(outbox)
    .set({ status: 'sent', sentAt: now, error: null, attempts: sql`${outbox.attempts} + 1` })
    .where(eq(outbox.id, id));
}

export async function markFailed(q: Queryable, id: string, error: string, final: boolean): Promise<void> {
  await q
    .update(outbox)
    .set({ status: final ? 'failed' : 'queued', error: error.slice(0, 500), attempts: sql`${outbox.attempts} + 1` })
    .where(eq(outbox.id, id));
}

/** E-mail addresses of the active users holding a role in these municipalities. */
export async function addressesOf(q: Queryable, role: 'coordinator', municipalityCodes: string[]) {
  if (municipalityCodes.length === 0) return [];
  return q
    .selectDistinct({ municipalityCode: roleAssignments.municipalityCode, email: users.email, name: users.name })
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
