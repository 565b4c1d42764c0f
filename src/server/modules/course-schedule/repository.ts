import { and, asc, eq, gte, inArray, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { MeetingTime } from '../../../shared/contracts/course-schedule.js';
import { queryRows, type Queryable } from '../../db/client.js';
import { consultantAbsences, roundScheduleSettings } from '../../db/schema-course-work.js';
import { courseMeetings, courses, municipalities, rounds, users } from '../../db/schema.js';
import { courseCondition, type CourseFilter } from '../../access/index.js';

/**
 * Queries of live scheduling. Courses are scoped by the caller's CourseFilter
 * where a list is asked for; the rest reads by ids the use case has already
 * checked (a course it may see, the courses of a round, their consultants).
 */

// ── Round settings ─────────────────────────────────────────────────────────
export async function findSettings(q: Queryable, roundId: string) {
  const [row] = await q.select().from(roundScheduleSettings).where(eq(roundScheduleSettings.roundId, roundId));
  return row ?? null;
}

export interface SettingsValues {
  holidayWeeks: { from: string; to: string; label: string }[];
  maxMeetingsPerConsultantPerDay: number;
}

/** The first save of a round's settings; false when someone saved first (→ 409). */
export async function insertSettings(q: Queryable, roundId: string, values: SettingsValues): Promise<boolean> {
  const rows = await q
    .insert(roundScheduleSettings)
    .values({ roundId, ...values })
    .onConflictDoNothing()
    .returning({ roundId: roundScheduleSettings.roundId });
  return rows.length === 1;
}

export async function updateSettings(
  q: Queryable,
  roundId: string,
  fromVersion: number,
  values: SettingsValues,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(roundScheduleSettings)
    .set({ ...values, version: sql`${roundScheduleSettings.version} + 1`, updatedAt: now })
    .where(and(eq(roundScheduleSettings.roundId, roundId), eq(roundScheduleSettings.version, fromVersion)))
    .returning({ roundId: roundScheduleSettings.roundId });
  return rows.length === 1;
}

// ── What the rules need: rounds, courses, meetings, absences ────────────────
export function roundsWithSettings(q: Queryable, roundIds: string[]) {
  return q
    .select({
      id: rounds.id,
      name: rounds.name,
      periodStart: rounds.courseStart,
      periodEnd: rounds.courseEnd,
      holidayWeeks: roundScheduleSettings.holidayWeeks,
      maxPerDay: roundScheduleSettings.maxMeetingsPerConsultantPerDay,
    })
    .from(rounds)
    .leftJoin(roundScheduleSettings, eq(roundScheduleSettings.roundId, rounds.id))
    .where(inArray(rounds.id, roundIds));
}

const courseColumns = {
  id: courses.id,
  roundId: courses.roundId,
  municipalityCode: courses.municipalityCode,
  municipalityName: municipalities.name,
  consultantId: courses.consultantId,
  consultantName: users.name,
  version: courses.version,
};

function selectCourses(q: Queryable, where: SQL | undefined) {
  return q
    .select(courseColumns)
    .from(courses)
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .leftJoin(users, eq(users.id, courses.consultantId))
    .where(where)
    .orderBy(asc(municipalities.name), asc(courses.id));
}
export type CourseInfoRow = Awaited<ReturnType<typeof selectCourses>>[number];

export function coursesOfRounds(q: Queryable, roundIds: string[]) {
  return selectCourses(q, inArray(courses.roundId, roundIds));
}

/**
 * The other courses (other rounds) of these consultants whose course period
 * overlaps [from, to]: their meetings take the consultants' time. A course of
 * a round that ended before `from` (or starts after `to`) cannot have a meeting
 * in the period (move-meeting keeps dates inside the course period), so it is
 * not read at all (courses_consultant_idx, then the round's period).
 */
export function otherCoursesOfConsultants(
  q: Queryable,
  consultantIds: string[],
  exceptRounds: string[],
  from: string,
  to: string,
) {
  if (consultantIds.length === 0) return Promise.resolve([]);
  return selectCourses(
    q,
    and(
      inArray(courses.consultantId, consultantIds),
      notInArray(courses.roundId, exceptRounds),
      sql`EXISTS (SELECT 1 FROM ${rounds} r WHERE r.id = ${courses.roundId} AND r.course_start <= ${to} AND r.course_end >= ${from})`,
    ),
  );
}

const meetingColumns = {
  id: courseMeetings.id,
  courseId: courseMeetings.courseId,
  kind: courseMeetings.kind,
  title: courseMeetings.title,
  groupKey: courseMeetings.groupKey,
  sequence: courseMeetings.sequence,
  date: courseMeetings.date,
  start: courseMeetings.startTime,
  end: courseMeetings.endTime,
  status: courseMeetings.status,
  version: courseMeetings.version,
};

/**
 * Every meeting of `courseIds` (dated or not), and of `busyCourseIds` only
 * those dated in [from, to] (course_meetings_course_idx: course, date): the
 * round's own courses are planned whole, the consultants' other courses only
 * block the days inside the period.
 */
export function meetingsOfCourses(
  q: Queryable,
  courseIds: string[],
  busy?: { courseIds: string[]; from: string; to: string },
) {
  const others = busy && busy.courseIds.length > 0 ? busy : null;
  if (courseIds.length === 0 && !others) return Promise.resolve([]);
  return q
    .select(meetingColumns)
    .from(courseMeetings)
    .where(
      or(
        courseIds.length > 0 ? inArray(courseMeetings.courseId, courseIds) : undefined,
        others
          ? and(
              inArray(courseMeetings.courseId, others.courseIds),
              gte(courseMeetings.date, others.from),
              lte(courseMeetings.date, others.to),
            )
          : undefined,
      ),
    );
}
export type MeetingInfoRow = Awaited<ReturnType<typeof meetingsOfCourses>>[number];

/** The consultants' absences that touch [from, to]. */
export function absencesOf(q: Queryable, userIds: string[], from: string, to: string) {
  if (userIds.length === 0) return Promise.resolve([]);
  return q
    .select({ userId: consultantAbsences.userId, from: consultantAbsences.fromDate, to: consultantAbsences.toDate })
    .from(consultantAbsences)
    .where(
      and(
        inArray(consultantAbsences.userId, userIds),
        lte(consultantAbsences.fromDate, to),
        gte(consultantAbsences.toDate, from),
      ),
    );
}

// ── One meeting, moved ─────────────────────────────────────────────────────
export async function findMeeting(q: Queryable, id: string): Promise<MeetingInfoRow | null> {
  const [row] = await q.select(meetingColumns).from(courseMeetings).where(eq(courseMeetings.id, id));
  return row ?? null;
}

/** Sets (or clears) a planned meeting's date and times; false when its version moved on (→ 409). */
export async function setMeetingTime(
  q: Queryable,
  id: string,
  fromVersion: number,
  time: { date: string | null; start: string | null; end: string | null },
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(courseMeetings)
    .set({
      date: time.date,
      startTime: time.start,
      endTime: time.end,
      version: sql`${courseMeetings.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(courseMeetings.id, id), eq(courseMeetings.version, fromVersion)))
    .returning({ id: courseMeetings.id });
  return rows.length === 1;
}

/**
 * Gives undated, planned meetings their date and times in one statement, and
 * returns the ids it changed: a meeting that got a date or was cancelled in the
 * meantime is left out, and the caller refuses the whole proposal.
 */
export async function dateUndatedMeetings(q: Queryable, items: MeetingTime[]): Promise<string[]> {
  if (items.length === 0) return [];
  const values = sql.join(
    items.map((m) => sql`(${m.id}::uuid, ${m.date}::date, ${m.start}::text, ${m.end}::text)`),
    sql`, `,
  );
  const rows = await queryRows<{ id: string }>(
    q,
    sql`
    UPDATE ${courseMeetings} AS cm
       SET date = v.date, start_time = v.start_time, end_time = v.end_time, version = cm.version + 1, updated_at = now()
      FROM (VALUES ${values}) AS v(id, date, start_time, end_time)
     WHERE cm.id = v.id AND cm.date IS NULL AND cm.status = 'planned'
 RETURNING cm.id`,
  );
  return rows.map((r) => r.id);
}

// ── The one calendar ────────────────────────────────────────────────────────
/** Meetings dated in [from, to] of the courses the filter lets through (optionally one consultant's), by date and time. */
export function meetingsInRange(
  q: Queryable,
  filter: CourseFilter,
  from: string,
  to: string,
  consultantId: string | null,
  readable?: SQL,
) {
  return q
    .select({
      ...meetingColumns,
      roundId: courses.roundId,
      municipalityName: municipalities.name,
    })
    .from(courseMeetings)
    .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .where(
      and(
        gte(courseMeetings.date, from),
        lte(courseMeetings.date, to),
        courseCondition(filter),
        consultantId ? eq(courses.consultantId, consultantId) : undefined,
        readable,
      ),
    )
    .orderBy(asc(courseMeetings.date), asc(courseMeetings.startTime), asc(municipalities.name), asc(courseMeetings.id));
}
