import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { CoursePlan } from '../../../shared/contracts/courses.js';
import type { Queryable } from '../../db/client.js';
import { after, orderBy, type KeyPart } from '../../db/keyset.js';
import { meetingAttachments, meetingParticipants, trials } from '../../db/schema-course-work.js';
import { courseMeetings, courses, municipalities, rounds, users } from '../../db/schema.js';
import type { PlannedMeeting } from './typical-plan.js';
import { courseCondition, type CourseFilter } from '../../access/index.js';

/** A course's meeting as the course page lists it (courses/read-courses.ts). */
export interface CourseMeetingSummary {
  id: string;
  kind: MeetingRow['kind'];
  title: string;
  groupKey: string | null;
  sequence: number;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  status: MeetingRow['status'];
}

/**
 * The course's meetings the caller reads (`readable`, access/meetings.ts) as
 * one JSON array column of a course query: the course page's data in one round trip.
 */
function meetingSummaries(readable: SQL | undefined): SQL<CourseMeetingSummary[]> {
  return sql<CourseMeetingSummary[]>`(SELECT coalesce(json_agg(json_build_object(
      'id', ${courseMeetings.id}, 'kind', ${courseMeetings.kind}, 'title', ${courseMeetings.title}, 'groupKey', ${courseMeetings.groupKey},
      'sequence', ${courseMeetings.sequence}, 'date', ${courseMeetings.date}, 'startTime', ${courseMeetings.startTime},
      'endTime', ${courseMeetings.endTime}, 'status', ${courseMeetings.status})), '[]'::json)
    FROM ${courseMeetings} WHERE ${and(sql`${courseMeetings.courseId} = ${courses.id}`, readable)})`;
}

/** The columns of a course row (CourseRow); other queries that join the course reuse them. */
export const courseColumns = {
  id: courses.id,
  applicationId: courses.applicationId,
  roundId: courses.roundId,
  roundName: rounds.name,
  periodStart: rounds.courseStart,
  periodEnd: rounds.courseEnd,
  municipalityCode: courses.municipalityCode,
  municipalityName: municipalities.name,
  consultantId: courses.consultantId,
  consultantName: users.name,
  plan: courses.plan,
  version: courses.version,
  meetingCount: sql<number>`(SELECT count(*)::int FROM ${courseMeetings} cm WHERE cm.course_id = ${courses.id})`,
};

function selectCourses(q: Queryable, where: SQL | undefined) {
  return q
    .select(courseColumns)
    .from(courses)
    .innerJoin(rounds, eq(rounds.id, courses.roundId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .leftJoin(users, eq(users.id, courses.consultantId))
    .where(where)
    .orderBy(sql`${rounds.courseStart} DESC`, asc(municipalities.name));
}
export type CourseRow = Awaited<ReturnType<typeof selectCourses>>[number];

/** The order of the courses list; the sort key is [courseStart, roundId, municipalityName, id]. */
const LIST_ORDER: KeyPart[] = [
  { column: rounds.courseStart, direction: 'desc' },
  { column: rounds.id, direction: 'desc' },
  { column: municipalities.name, direction: 'asc' },
  { column: courses.id, direction: 'asc' },
];
export type CourseListKey = [string, string, string, string];

/**
 * A page of the courses a filter reaches: only the listed columns (no plan),
 * `limit + 1` rows after `cursor`; rounds newest first (rounds_list_idx), each
 * round's courses by courses_round_idx / courses_consultant_round_idx.
 */
export function listCoursesPage(
  q: Queryable,
  filter: CourseFilter,
  page: { cursor?: CourseListKey | undefined; limit: number },
) {
  return q
    .select({
      id: courses.id,
      roundId: courses.roundId,
      roundName: rounds.name,
      periodStart: rounds.courseStart,
      periodEnd: rounds.courseEnd,
      municipalityCode: courses.municipalityCode,
      municipalityName: municipalities.name,
      consultantName: users.name,
      meetingCount: sql<number>`(SELECT count(*)::int FROM ${courseMeetings} cm WHERE cm.course_id = ${courses.id})`,
    })
    .from(courses)
    .innerJoin(rounds, eq(rounds.id, courses.roundId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .leftJoin(users, eq(users.id, courses.consultantId))
    .where(and(courseCondition(filter), after(LIST_ORDER, page.cursor)))
    .orderBy(...orderBy(LIST_ORDER))
    .limit(page.limit + 1);
}

export async function findCourse(q: Queryable, id: string, filter: CourseFilter): Promise<CourseRow | null> {
  const [row] = await selectCourses(q, and(eq(courses.id, id), courseCondition(filter)));
  return row ?? null;
}

/** A course the filter reaches with the meetings the caller reads (`readable`), in one query; null when there is none for them. */
export async function findCourseWithMeetings(
  q: Queryable,
  id: string,
  filter: CourseFilter,
  readable?: SQL,
): Promise<(CourseRow & { meetings: CourseMeetingSummary[] }) | null> {
  const [row] = await q
    .select({ ...courseColumns, meetings: meetingSummaries(readable) })
    .from(courses)
    .innerJoin(rounds, eq(rounds.id, courses.roundId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .leftJoin(users, eq(users.id, courses.consultantId))
    .where(and(eq(courses.id, id), courseCondition(filter)));
  if (!row) return null;
  // Both drivers parse json; should one hand it back as text, it is parsed here.
  const meetings: unknown = row.meetings;
  return {
    ...row,
    meetings: typeof meetings === 'string' ? (JSON.parse(meetings) as CourseMeetingSummary[]) : row.meetings,
  };
}

/** The course's meetings (the course by id, or a subquery of it); with `readable` (access/meetings.ts) only those the caller reads. */
export function meetingsOfCourse(q: Queryable, courseId: string | SQL, readable?: SQL) {
  return q
    .select()
    .from(courseMeetings)
    .where(and(eq(courseMeetings.courseId, courseId), readable));
}
export type MeetingRow = typeof courseMeetings.$inferSelect;

/** Creates the course of an application unless it exists; returns its id, or null when it already did. */
export async function insertCourse(
  q: Queryable,
  values: {
    applicationId: string;
    roundId: string;
    municipalityCode: string;
    consultantId: string | null;
    plan: CoursePlan;
  },
): Promise<string | null> {
  const rows = await q.insert(courses).values(values).onConflictDoNothing().returning({ id: courses.id });
  return rows[0]?.id ?? null;
}

export async function insertMeetings(q: Queryable, courseId: string, meetings: PlannedMeeting[]): Promise<void> {
  if (meetings.length === 0) return;
  await q.insert(courseMeetings).values(meetings.map((m) => ({ courseId, ...m })));
}

/**
 * Deletes those of the meetings nothing hangs on (see update-plan.ts) and
 * returns their ids; the others stay. The condition is evaluated by the
 * DELETE, so a concurrent save of minutes or attendance keeps its meeting.
 */
export async function deleteRemovableMeetings(q: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await q
    .delete(courseMeetings)
    .where(
      and(
        inArray(courseMeetings.id, ids),
        sql`${courseMeetings.status} <> 'held'`,
        sql`(${courseMeetings.date} IS NULL OR ${courseMeetings.status} = 'cancelled')`,
        eq(courseMeetings.minutesStatus, 'none'),
        eq(courseMeetings.minutesHtml, ''),
        eq(courseMeetings.agenda, ''),
        sql`NOT EXISTS (SELECT 1 FROM ${trials} WHERE ${trials.meetingId} = ${courseMeetings.id})`,
        sql`NOT EXISTS (SELECT 1 FROM ${meetingAttachments} a WHERE a.meeting_id = ${courseMeetings.id})`,
        sql`NOT EXISTS (SELECT 1 FROM ${meetingParticipants} p WHERE p.meeting_id = ${courseMeetings.id} AND (p.attended IS NOT NULL OR p.hours IS NOT NULL))`,
      ),
    )
    .returning({ id: courseMeetings.id });
  return new Set(rows.map((r) => r.id));
}

export async function retitleMeeting(q: Queryable, id: string, title: string, now: Date): Promise<void> {
  await q.update(courseMeetings).set({ title, updatedAt: now }).where(eq(courseMeetings.id, id));
}

export async function updateCourse(
  q: Queryable,
  id: string,
  fromVersion: number,
  changes: Partial<{ plan: CoursePlan; consultantId: string | null }>,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(courses)
    .set({ ...changes, updatedAt: now, version: sql`${courses.version} + 1` })
    .where(and(eq(courses.id, id), eq(courses.version, fromVersion)))
    .returning({ id: courses.id });
  return rows.length === 1;
}
