import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { after, orderBy, type KeyPart } from '../../db/keyset.js';
import { applications, roleAssignments, roundAssessors, rounds, users, type RoundText } from '../../db/schema.js';

export type RoundRow = typeof rounds.$inferSelect;

/** The order of the rounds list (rounds_list_idx); the sort key is [courseStart, id]. */
const LIST_ORDER: KeyPart[] = [
  { column: rounds.courseStart, direction: 'desc' },
  { column: rounds.id, direction: 'desc' },
];
export type RoundListKey = [string, string];

/** A page of rounds, newest course first; for an assessor only the rounds they are assigned to. Only the listed columns. */
export function listRoundsPage(
  q: Queryable,
  assignedTo: string | null,
  page: { cursor?: RoundListKey | undefined; limit: number },
) {
  return q
    .select({
      id: rounds.id,
      name: rounds.name,
      courseStart: rounds.courseStart,
      courseEnd: rounds.courseEnd,
      deadline: rounds.deadline,
      capacity: rounds.capacity,
    })
    .from(rounds)
    .where(
      and(
        assignedTo
          ? sql`EXISTS (SELECT 1 FROM ${roundAssessors} ra WHERE ra.round_id = ${rounds.id} AND ra.user_id = ${assignedTo})`
          : undefined,
        after(LIST_ORDER, page.cursor),
      ),
    )
    .orderBy(...orderBy(LIST_ORDER))
    .limit(page.limit + 1);
}

export async function findRound(q: Queryable, id: string, assignedTo: string | null): Promise<RoundRow | null> {
  const where = assignedTo
    ? and(
        eq(rounds.id, id),
        sql`EXISTS (SELECT 1 FROM ${roundAssessors} ra WHERE ra.round_id = ${rounds.id} AND ra.user_id = ${assignedTo})`,
      )
    : eq(rounds.id, id);
  const [row] = await q.select().from(rounds).where(where);
  return row ?? null;
}

export interface RoundValues {
  name: string;
  courseStart: string;
  courseEnd: string;
  deadline: Date;
  capacity: number;
  criteria: RoundText[];
  requirements: RoundText[];
  balanceRules: Record<string, number>;
}

export async function insertRound(q: Queryable, values: RoundValues): Promise<string> {
  const [row] = await q.insert(rounds).values(values).returning({ id: rounds.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export async function updateRound(
  q: Queryable,
  id: string,
  fromVersion: number,
  changes: Partial<RoundValues>,
  now: Date,
): Promise<boolean> {
  const r = await q
    .update(rounds)
    .set({ ...changes, version: sql`${rounds.version} + 1`, updatedAt: now })
    .where(and(eq(rounds.id, id), eq(rounds.version, fromVersion)))
    .returning({ id: rounds.id });
  return r.length === 1;
}

export async function assessorsOf(q: Queryable, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  return q
    .select({ roundId: roundAssessors.roundId, id: users.id, name: users.name, email: users.email })
    .from(roundAssessors)
    .innerJoin(users, eq(users.id, roundAssessors.userId))
    .where(inArray(roundAssessors.roundId, roundIds))
    .orderBy(asc(users.name));
}

/** Of these user ids, the ones that hold the assessor role. */
export async function assessorUserIds(q: Queryable, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await q
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(and(inArray(roleAssignments.userId, userIds), eq(roleAssignments.role, 'assessor')));
  return rows.map((r) => r.userId);
}

export async function replaceAssessors(q: Queryable, roundId: string, userIds: string[]): Promise<void> {
  await q.delete(roundAssessors).where(eq(roundAssessors.roundId, roundId));
  if (userIds.length > 0) await q.insert(roundAssessors).values(userIds.map((userId) => ({ roundId, userId })));
}

/** How many municipalities have a draft in the round that is not submitted. */
export async function draftsOfRound(q: Queryable, roundId: string): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(and(eq(applications.roundId, roundId), eq(applications.status, 'draft')));
  return row?.n ?? 0;
}
