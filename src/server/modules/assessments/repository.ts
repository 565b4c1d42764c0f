import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { after, orderBy, type KeyPart } from '../../db/keyset.js';
import {
  applications,
  assessments,
  municipalities,
  roundAssessors,
  rounds,
  users,
  type CriterionScoreValue,
} from '../../db/schema.js';

const columns = {
  id: assessments.id,
  applicationId: assessments.applicationId,
  assessorId: assessments.assessorId,
  assessorName: users.name,
  conflict: assessments.conflict,
  conflictNote: assessments.conflictNote,
  requirements: assessments.requirements,
  criteria: assessments.criteria,
  status: assessments.status,
  submittedAt: assessments.submittedAt,
  version: assessments.version,
};
export type AssessmentRow = Awaited<ReturnType<typeof assessmentsOf>>[number];

export function assessmentsOf(q: Queryable, applicationIds: string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return q
    .select(columns)
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.assessorId))
    .where(inArray(assessments.applicationId, applicationIds))
    .orderBy(asc(users.name));
}

export async function findOwn(q: Queryable, applicationId: string, assessorId: string): Promise<AssessmentRow | null> {
  const [row] = await q
    .select(columns)
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.assessorId))
    .where(and(eq(assessments.applicationId, applicationId), eq(assessments.assessorId, assessorId)));
  return row ?? null;
}

/** Creates the assessor's empty assessment on first look (idempotent). */
export async function ensureOwn(q: Queryable, applicationId: string, assessorId: string): Promise<void> {
  await q.insert(assessments).values({ applicationId, assessorId }).onConflictDoNothing();
}

export async function updateOwn(
  q: Queryable,
  id: string,
  fromVersion: number | null,
  changes: Partial<{
    conflict: 'none' | 'conflict';
    conflictNote: string;
    declaredAt: Date;
    requirements: Record<string, boolean | null>;
    criteria: Record<string, CriterionScoreValue>;
    status: 'submitted';
    submittedAt: Date;
  }>,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(assessments)
    .set({ ...changes, updatedAt: now, version: sql`${assessments.version} + 1` })
    .where(
      and(
        eq(assessments.id, id),
        eq(assessments.status, 'draft'),
        fromVersion === null ? undefined : eq(assessments.version, fromVersion),
      ),
    )
    .returning({ id: assessments.id });
  return rows.length === 1;
}

/** The order of the worklist; the sort key is [courseStart, roundId, municipalityName, applicationId]. */
const TASK_ORDER: KeyPart[] = [
  { column: rounds.courseStart, direction: 'desc' },
  { column: rounds.id, direction: 'desc' },
  { column: municipalities.name, direction: 'asc' },
  { column: applications.id, direction: 'asc' },
];
export type TaskKey = [string, string, string, string];

/**
 * A page of the assessor's worklist: the submitted applications of the rounds
 * assigned to them (round_assessors_user_idx), with their progress, `limit + 1`
 * rows after `cursor`.
 */
export function tasksOf(q: Queryable, assessorId: string, page: { cursor?: TaskKey | undefined; limit: number }) {
  return q
    .select({
      applicationId: applications.id,
      roundId: rounds.id,
      roundName: rounds.name,
      courseStart: rounds.courseStart,
      municipalityName: municipalities.name,
      conflict: assessments.conflict,
      status: assessments.status,
    })
    .from(applications)
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .innerJoin(roundAssessors, and(eq(roundAssessors.roundId, rounds.id), eq(roundAssessors.userId, assessorId)))
    .innerJoin(municipalities, eq(municipalities.code, applications.municipalityCode))
    .leftJoin(assessments, and(eq(assessments.applicationId, applications.id), eq(assessments.assessorId, assessorId)))
    .where(and(eq(applications.status, 'submitted'), after(TASK_ORDER, page.cursor)))
    .orderBy(...orderBy(TASK_ORDER))
    .limit(page.limit + 1);
}

export async function assessorCount(q: Queryable, roundId: string): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(roundAssessors)
    .where(eq(roundAssessors.roundId, roundId));
  return row?.n ?? 0;
}
