import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client.js';
import { selfAnalyses } from '../../db/schema-course-work.js';
import { applications, courses, groups, institutions, users } from '../../db/schema.js';

const updater = alias(users, 'updater');
const presenter = alias(users, 'presenter');

/** A course's self-analysis with the names of who last saved and who presented it; null before the first save. */
export async function findSelfAnalysis(q: Queryable, courseId: string) {
  const [row] = await q
    .select({
      courseId: selfAnalyses.courseId,
      content: selfAnalyses.content,
      status: selfAnalyses.status,
      version: selfAnalyses.version,
      updatedAt: selfAnalyses.updatedAt,
      updatedBy: updater.name,
      presentedAt: selfAnalyses.presentedAt,
      presentedBy: presenter.name,
    })
    .from(selfAnalyses)
    .leftJoin(updater, eq(updater.id, selfAnalyses.updatedBy))
    .leftJoin(presenter, eq(presenter.id, selfAnalyses.presentedBy))
    .where(eq(selfAnalyses.courseId, courseId));
  return row ?? null;
}
export type SelfAnalysisRow = NonNullable<Awaited<ReturnType<typeof findSelfAnalysis>>>;

/** The first save of a course's self-analysis; false when someone else's first save came first. */
export async function insertSelfAnalysis(
  q: Queryable,
  courseId: string,
  content: unknown,
  userId: string,
): Promise<boolean> {
  const rows = await q
    .insert(selfAnalyses)
    .values({ courseId, content, updatedBy: userId })
    .onConflictDoNothing()
    .returning({ id: selfAnalyses.id });
  return rows.length === 1;
}

/** Saves a draft on top of `fromVersion`; false when that is no longer the draft's version. */
export async function updateDraft(
  q: Queryable,
  courseId: string,
  fromVersion: number,
  content: unknown,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(selfAnalyses)
    .set({ content, updatedBy: userId, updatedAt: now, version: sql`${selfAnalyses.version} + 1` })
    .where(
      and(eq(selfAnalyses.courseId, courseId), eq(selfAnalyses.version, fromVersion), eq(selfAnalyses.status, 'draft')),
    )
    .returning({ id: selfAnalyses.id });
  return rows.length === 1;
}

/**
 * Presents (with the stored content, which then carries the figures as they
 * were) or reopens; false when `fromVersion` is no longer current.
 */
export async function setStatus(
  q: Queryable,
  courseId: string,
  fromVersion: number,
  change: { status: 'draft' | 'presented'; content: unknown; presentedBy: string | null; presentedAt: Date | null },
): Promise<boolean> {
  const rows = await q
    .update(selfAnalyses)
    .set({ ...change, version: sql`${selfAnalyses.version} + 1` })
    .where(and(eq(selfAnalyses.courseId, courseId), eq(selfAnalyses.version, fromVersion)))
    .returning({ id: selfAnalyses.id });
  return rows.length === 1;
}

/** What the status summary needs of a course (its caller has checked access). */
/** Groups (stuer) per institution. */
export async function groupCounts(q: Queryable, institutionIds: string[]): Promise<Map<string, number>> {
  if (institutionIds.length === 0) return new Map();
  const rows = await q
    .select({ institutionId: groups.institutionId, n: count() })
    .from(groups)
    .where(inArray(groups.institutionId, institutionIds))
    .groupBy(groups.institutionId)
    .orderBy(asc(groups.institutionId));
  return new Map(rows.map((r) => [r.institutionId, r.n]));
}

/**
 * The figures of the application a course came from – its content and when it
 * was submitted (or last saved) – read by the course's id, so it needs no
 * earlier read of the course and travels with it.
 */
export async function applicationOfCourse(q: Queryable, courseId: string) {
  const [row] = await q
    .select({ content: applications.content, submittedAt: applications.submittedAt, updatedAt: applications.updatedAt })
    .from(applications)
    .where(
      eq(applications.id, sql`(SELECT ${courses.applicationId} FROM ${courses} WHERE ${courses.id} = ${courseId})`),
    );
  return row ?? null;
}

/**
 * The institutions a course names – in its plan's working groups or in its
 * application's choice – of the course's municipality only (a stale id from
 * elsewhere is left out), unordered. Read by the course's id alone, in SQL, so
 * it travels with the course and its application.
 */
export function institutionsOfCourse(q: Queryable, courseId: string) {
  const named = sql`(
    SELECT jsonb_array_elements_text(g -> 'institutionIds')
      FROM ${courses}, jsonb_array_elements(${courses.plan} -> 'workingGroups') AS g
      WHERE ${courses.id} = ${courseId}
    UNION ALL
    SELECT jsonb_array_elements(${applications.content} -> 'institutions') ->> 'institutionId'
      FROM ${applications}
      WHERE ${applications.id} = (SELECT ${courses.applicationId} FROM ${courses} WHERE ${courses.id} = ${courseId}))`;
  return q
    .select({ id: institutions.id, name: institutions.name, kind: institutions.kind })
    .from(institutions)
    .where(
      and(
        eq(
          institutions.municipalityCode,
          sql`(SELECT ${courses.municipalityCode} FROM ${courses} WHERE ${courses.id} = ${courseId})`,
        ),
        sql`${institutions.id}::text IN ${named}`,
      ),
    );
}
