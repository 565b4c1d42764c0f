import { and, desc, eq, max, sql, type SQL } from 'drizzle-orm';
import type { DashboardMeeting } from '../../../shared/contracts/course-dashboard.js';
import type { Queryable } from '../../db/client.js';
import { trialLogs, trials } from '../../db/schema-course-work.js';
import { courseMeetings, courses, municipalities, rounds, users } from '../../db/schema.js';
import { courseColumns, type CourseRow } from '../courses/index.js';
import { courseCondition, type CourseFilter } from '../../access/index.js';

/**
 * A course the filter reaches with its timeline – the meetings the caller reads
 * (`readable`, access/meetings.ts), dated ones by date and time, undated
 * after – in one query; null when there is none for them.
 */
export async function courseWithTimeline(
  q: Queryable,
  id: string,
  filter: CourseFilter,
  readable?: SQL,
): Promise<{ course: CourseRow; timeline: DashboardMeeting[] } | null> {
  const m = courseMeetings;
  const timeline = sql<DashboardMeeting[] | string>`(SELECT coalesce(json_agg(json_build_object(
      'id', ${m.id}, 'kind', ${m.kind}, 'title', ${m.title}, 'date', ${m.date}, 'start', ${m.startTime}, 'end', ${m.endTime},
      'status', ${m.status}, 'minutesStatus', ${m.minutesStatus})
      ORDER BY ${m.date} ASC NULLS LAST, ${m.startTime} ASC, ${m.kind} ASC, ${m.sequence} ASC), '[]'::json)
    FROM ${m} WHERE ${and(sql`${m.courseId} = ${courses.id}`, readable)})`;
  const [row] = await q
    .select({ ...courseColumns, timeline })
    .from(courses)
    .innerJoin(rounds, eq(rounds.id, courses.roundId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .leftJoin(users, eq(users.id, courses.consultantId))
    .where(and(eq(courses.id, id), courseCondition(filter)));
  if (!row) return null;
  const { timeline: meetings, ...course } = row;
  return { course, timeline: typeof meetings === 'string' ? (JSON.parse(meetings) as DashboardMeeting[]) : meetings };
}

/**
 * Open trials the caller reads (`readable`), newest first, with how often they
 * were logged, and how many there are in all: one query, grouped, the total
 * counted over the groups before the limit.
 */
export async function openTrialsOf(q: Queryable, courseId: string, limit: number, readable?: SQL) {
  const where = and(eq(trials.courseId, courseId), eq(trials.status, 'open'), readable);
  const rows = await q
    .select({
      id: trials.id,
      description: trials.description,
      responsible: trials.responsible,
      meetingId: trials.meetingId,
      meetingTitle: courseMeetings.title,
      agreedOn: courseMeetings.date,
      logCount: sql<number>`count(${trialLogs.id})::int`,
      lastLoggedOn: max(trialLogs.triedOn),
      total: sql<number>`(count(*) OVER ())::int`,
    })
    .from(trials)
    .innerJoin(courseMeetings, eq(courseMeetings.id, trials.meetingId))
    .leftJoin(trialLogs, eq(trialLogs.trialId, trials.id))
    .where(where)
    .groupBy(trials.id, courseMeetings.id)
    .orderBy(desc(trials.createdAt))
    .limit(limit);
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...item }) => item) };
}
