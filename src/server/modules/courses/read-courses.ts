import type { z } from 'zod';
import type {
  Course,
  CourseMeeting,
  ListCoursesQuery,
  ListCoursesResponse,
} from '../../../shared/contracts/courses.js';
import { pageOf } from '../../db/keyset.js';
import { danishToday } from '../../time/danish-today.js';
import { notFound } from '../../core/errors.js';
import * as repo from './repository.js';
import { meetingKey, meetingsOf } from './typical-plan.js';
import type { Context } from '../../core/context.js';
import { courseFilter, readableMeetings, workReach } from '../../access/index.js';

/**
 * A page of the courses the actor may see: running courses first (newest first), then those still to
 * come (soonest first), then those ended (most recent first); within a round by municipality name.
 */
export async function listCourses(
  ctx: Context,
  query: z.output<typeof ListCoursesQuery>,
): Promise<ListCoursesResponse> {
  const { tx, actor } = ctx;
  const filter = courseFilter(actor);
  if (!filter) return { items: [], nextCursor: null };
  const today = danishToday(ctx.now);
  const fetched = await repo.listCoursesPage(tx, filter, { cursor: query.cursor, limit: query.limit, today });
  const { rows, nextCursor } = pageOf('courses', fetched, query.limit, (r) => [
    r.phase,
    r.day,
    r.roundId,
    r.municipalityName,
    r.id,
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      roundName: r.roundName,
      municipalityCode: r.municipalityCode,
      municipalityName: r.municipalityName,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      consultantName: r.consultantName,
      meetingCount: r.meetingCount,
    })),
    nextCursor,
  };
}

export async function loadVisibleCourse(ctx: Context, id: string): Promise<repo.CourseRow> {
  const { tx, actor } = ctx;
  const filter = courseFilter(actor);
  const row = filter ? await repo.findCourse(tx, id, filter) : null;
  if (!row) throw notFound();
  return row;
}

export async function readCourse(ctx: Context, id: string): Promise<Course> {
  const { tx, actor } = ctx;
  const filter = courseFilter(actor);
  // The course and, in the same query, the meetings the actor reaches (access/meetings.ts):
  // leaders and staff their working groups' and those they are invited to.
  const row = filter ? await repo.findCourseWithMeetings(tx, id, filter, readableMeetings(workReach(actor))) : null;
  if (!row) throw notFound();
  const { meetings } = row;
  // The plan's order (kick-off, steering, sparring …), then dated meetings by date.
  const order = new Map(meetingsOf(row.plan).map((m, i) => [meetingKey(m), i]));
  const sorted = [...meetings].sort(
    (a, b) =>
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      (order.get(meetingKey(a)) ?? 1e6) - (order.get(meetingKey(b)) ?? 1e6),
  );
  return {
    id: row.id,
    applicationId: row.applicationId,
    roundId: row.roundId,
    roundName: row.roundName,
    municipalityCode: row.municipalityCode,
    municipalityName: row.municipalityName,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    consultant: row.consultantId ? { id: row.consultantId, name: row.consultantName ?? '' } : null,
    plan: row.plan,
    meetings: sorted.map(presentMeeting),
    version: row.version,
    allowed: { editPlan: ctx.access.may('course.plan', row), assignConsultant: ctx.access.can('course.assign') },
  };
}

function presentMeeting(m: repo.CourseMeetingSummary): CourseMeeting {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    group: m.groupKey,
    sequence: m.sequence,
    date: m.date,
    start: m.startTime,
    end: m.endTime,
    status: m.status,
  };
}
