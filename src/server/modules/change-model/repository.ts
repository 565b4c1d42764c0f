import { and, count, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { changeModelVersions, indicatorMeasurements } from '../../db/schema-course-work.js';
import { users } from '../../db/schema.js';

/**
 * The change model's queries. Every one is scoped to one course: the use case
 * has checked that the caller may see it (courses/read-courses.ts).
 */

function selectVersions(q: Queryable) {
  return q
    .select({
      version: changeModelVersions.version,
      content: changeModelVersions.content,
      note: changeModelVersions.note,
      savedAt: changeModelVersions.savedAt,
      savedBy: users.name,
    })
    .from(changeModelVersions)
    .innerJoin(users, eq(users.id, changeModelVersions.savedBy));
}
export type VersionRow = Awaited<ReturnType<typeof selectVersions>>[number];

/** The current (highest) version, or null while nothing is saved. */
export async function currentVersion(q: Queryable, courseId: string): Promise<VersionRow | null> {
  const [row] = await selectVersions(q)
    .where(eq(changeModelVersions.courseId, courseId))
    .orderBy(desc(changeModelVersions.version))
    .limit(1);
  return row ?? null;
}

export async function findVersion(q: Queryable, courseId: string, version: number): Promise<VersionRow | null> {
  const [row] = await selectVersions(q).where(
    and(eq(changeModelVersions.courseId, courseId), eq(changeModelVersions.version, version)),
  );
  return row ?? null;
}

/** The newest versions without their content, and how many there are. */
export async function listVersions(q: Queryable, courseId: string, limit: number) {
  const [total] = await q
    .select({ n: count() })
    .from(changeModelVersions)
    .where(eq(changeModelVersions.courseId, courseId));
  const items = await q
    .select({
      version: changeModelVersions.version,
      note: changeModelVersions.note,
      savedAt: changeModelVersions.savedAt,
      savedBy: users.name,
    })
    .from(changeModelVersions)
    .innerJoin(users, eq(users.id, changeModelVersions.savedBy))
    .where(eq(changeModelVersions.courseId, courseId))
    .orderBy(desc(changeModelVersions.version))
    .limit(limit);
  return { total: total?.n ?? 0, items };
}

/**
 * Adds a version unless that number exists (the unique (course, version) is the
 * race guard: of two saves on the same base, one inserts and the other gets
 * false, without aborting its transaction).
 */
export async function insertVersion(
  q: Queryable,
  values: { courseId: string; version: number; content: unknown; note: string; savedBy: string },
): Promise<boolean> {
  const rows = await q
    .insert(changeModelVersions)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: changeModelVersions.id });
  return rows.length === 1;
}

// ── Measurements ──────────────────────────────────────────────────────────
export async function insertMeasurement(
  q: Queryable,
  values: {
    courseId: string;
    indicatorKey: string;
    measuredOn: string;
    value: number;
    note: string;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.insert(indicatorMeasurements).values(values).returning({ id: indicatorMeasurements.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export async function findMeasurement(q: Queryable, courseId: string, indicatorKey: string, id: string) {
  const [row] = await q
    .select({ id: indicatorMeasurements.id, recordedBy: indicatorMeasurements.recordedBy })
    .from(indicatorMeasurements)
    .where(
      and(
        eq(indicatorMeasurements.id, id),
        eq(indicatorMeasurements.courseId, courseId),
        eq(indicatorMeasurements.indicatorKey, indicatorKey),
      ),
    );
  return row ?? null;
}

export async function deleteMeasurement(q: Queryable, courseId: string, id: string): Promise<void> {
  await q
    .delete(indicatorMeasurements)
    .where(and(eq(indicatorMeasurements.id, id), eq(indicatorMeasurements.courseId, courseId)));
}

/**
 * The newest `perKey` measurements of each of the given indicators (newest
 * first; the first of a key is its latest), with each key's total count;
 * `keys` null: of every indicator the course has measured, so the read need
 * not wait for the change model to know its keys.
 */
export async function recentMeasurements(q: Queryable, courseId: string, keys: string[] | null, perKey: number) {
  if (keys?.length === 0) return [];
  const m = indicatorMeasurements;
  const ranked = q
    .select({
      id: m.id,
      indicatorKey: m.indicatorKey,
      measuredOn: m.measuredOn,
      value: m.value,
      note: m.note,
      recordedById: m.recordedBy,
      recordedAt: m.createdAt,
      rank: sql<number>`row_number() OVER (PARTITION BY ${m.indicatorKey} ORDER BY ${m.measuredOn} DESC, ${m.createdAt} DESC, ${m.id})`.as(
        'rank',
      ),
      total: sql<number>`count(*) OVER (PARTITION BY ${m.indicatorKey})`.as('total'),
    })
    .from(m)
    .where(and(eq(m.courseId, courseId), keys ? inArray(m.indicatorKey, keys) : undefined))
    .as('ranked');
  const rows = await q
    .select({
      id: ranked.id,
      indicatorKey: ranked.indicatorKey,
      measuredOn: ranked.measuredOn,
      value: ranked.value,
      note: ranked.note,
      recordedById: ranked.recordedById,
      recordedBy: users.name,
      recordedAt: ranked.recordedAt,
      total: ranked.total,
    })
    .from(ranked)
    .innerJoin(users, eq(users.id, ranked.recordedById))
    .where(lte(ranked.rank, perKey))
    .orderBy(ranked.indicatorKey, desc(ranked.measuredOn), desc(ranked.recordedAt), ranked.id);
  // Window results come back as text or bigint depending on the driver; numeric columns of a subquery too.
  return rows.map((r) => ({
    ...r,
    value: Number(r.value),
    total: Number(r.total),
    recordedAt: new Date(r.recordedAt),
  }));
}
export type MeasurementRow = Awaited<ReturnType<typeof recentMeasurements>>[number];
