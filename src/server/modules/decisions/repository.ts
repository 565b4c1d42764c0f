import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client.js';
import { roundDecisions, users } from '../../db/schema.js';

const decider = alias(users, 'decider');
const publisher = alias(users, 'publisher');

export async function findDecision(q: Queryable, roundId: string) {
  const [row] = await q
    .select({ decision: roundDecisions, decidedByName: decider.name, publishedByName: publisher.name })
    .from(roundDecisions)
    .innerJoin(decider, eq(decider.id, roundDecisions.decidedBy))
    .leftJoin(publisher, eq(publisher.id, roundDecisions.publishedBy))
    .where(eq(roundDecisions.roundId, roundId));
  return row ? { ...row.decision, decidedByName: row.decidedByName, publishedByName: row.publishedByName } : null;
}
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

interface DecisionValues {
  selected: string[];
  waitlist: string[];
  proposal: Record<string, unknown>;
  overrideReason: string | null;
  letterReason: string | null;
  decidedBy: string;
}

/** The first decision of a round; false when one already exists (a concurrent first save). */
export async function insertDecision(q: Queryable, roundId: string, values: DecisionValues): Promise<boolean> {
  const rows = await q
    .insert(roundDecisions)
    .values({ roundId, ...values })
    .onConflictDoNothing()
    .returning({ roundId: roundDecisions.roundId });
  return rows.length === 1;
}

/** Replaces an unpublished decision when `fromVersion` is still current. */
export async function replaceDecision(
  q: Queryable,
  roundId: string,
  fromVersion: number,
  values: DecisionValues,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(roundDecisions)
    .set({ ...values, decidedAt: now, version: sql`${roundDecisions.version} + 1` })
    .where(
      and(
        eq(roundDecisions.roundId, roundId),
        eq(roundDecisions.version, fromVersion),
        sql`${roundDecisions.publishedAt} IS NULL`,
      ),
    )
    .returning({ roundId: roundDecisions.roundId });
  return rows.length === 1;
}

export async function markPublished(
  q: Queryable,
  roundId: string,
  fromVersion: number,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(roundDecisions)
    .set({ publishedAt: now, publishedBy: userId, version: sql`${roundDecisions.version} + 1` })
    .where(
      and(
        eq(roundDecisions.roundId, roundId),
        eq(roundDecisions.version, fromVersion),
        sql`${roundDecisions.publishedAt} IS NULL`,
      ),
    )
    .returning({ roundId: roundDecisions.roundId });
  return rows.length === 1;
}
