import { and, asc, desc, eq, max, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { trialLogs, trials } from '../../db/schema-course-work.js';
import { courseMeetings } from '../../db/schema.js';

/** The course's meetings the caller reads (`readable`, courses/work-reach.ts) for the timeline: dated ones by date and time, undated after. */
export function timelineOf(q: Queryable, courseId: string, readable?: SQL) {
  return q
    .select({
      id: courseMeetings.id,
      kind: courseMeetings.kind,
      title: courseMeetings.title,
      date: courseMeetings.date,
      start: courseMeetings.startTime,
      end: courseMeetings.endTime,
      status: courseMeetings.status,
      minutesStatus: courseMeetings.minutesStatus,
    })
    .from(courseMeetings)
    .where(and(eq(courseMeetings.courseId, courseId), readable))
    .orderBy(sql`${courseMeetings.date} ASC NULLS LAST`, asc(courseMeetings.startTime), asc(courseMeetings.kind), asc(courseMeetings.sequence));
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
