import { and, asc, count, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { consultantAbsences } from '../../db/schema-course-work.js';

export type AbsenceRow = typeof consultantAbsences.$inferSelect;

/** The user's absences ending on or after `endsFrom`, by start date (consultant_absences_user_idx). */
export async function listAbsences(
  q: Queryable,
  userId: string,
  endsFrom: string,
  page: { limit: number; offset: number },
) {
  const where = and(eq(consultantAbsences.userId, userId), gte(consultantAbsences.toDate, endsFrom));
  const items = await q
    .select()
    .from(consultantAbsences)
    .where(where)
    .orderBy(asc(consultantAbsences.fromDate), asc(consultantAbsences.toDate), asc(consultantAbsences.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await q.select({ n: count() }).from(consultantAbsences).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function insertAbsence(
  q: Queryable,
  values: { userId: string; fromDate: string; toDate: string; note: string },
): Promise<AbsenceRow> {
  const [row] = await q.insert(consultantAbsences).values(values).returning();
  if (!row) throw new Error('absence not inserted');
  return row;
}

/** The user's own absence by id, or null (someone else's is as unknown as a missing one). */
export async function findOwnAbsence(q: Queryable, userId: string, id: string): Promise<AbsenceRow | null> {
  const [row] = await q
    .select()
    .from(consultantAbsences)
    .where(and(eq(consultantAbsences.id, id), eq(consultantAbsences.userId, userId)));
  return row ?? null;
}

export async function deleteAbsence(q: Queryable, id: string): Promise<void> {
  await q.delete(consultantAbsences).where(eq(consultantAbsences.id, id));
}

/** For the scheduler: the absences of these consultants that touch [from, to]. */
export function absencesInPeriod(q: Queryable, userIds: string[], from: string, to: string): Promise<AbsenceRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return q
    .select()
    .from(consultantAbsences)
    .where(
      and(
        inArray(consultantAbsences.userId, userIds),
        lte(consultantAbsences.fromDate, to),
        gte(consultantAbsences.toDate, from),
      ),
    )
    .orderBy(asc(consultantAbsences.userId), asc(consultantAbsences.fromDate));
}
