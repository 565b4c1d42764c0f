import type { z } from 'zod';
import type { Course, CourseMeeting, ListCoursesQuery, ListCoursesResponse } from '../../../shared/contracts/courses.js';
import { pageOf } from '../../db/keyset.js';
import { notFound } from '../../core/errors.js';
import { courseFilter, mayEditPlan } from './access.js';
import * as repo from './repository.js';
import { meetingKey, meetingsOf } from './typical-plan.js';
import { readableMeetings, workReach } from './work-reach.js';
import type { Context } from '../../core/context.js';

/** A page of the courses the actor may see, newest course period first, then municipality name. */
export async function listCourses(ctx: Context, query: z.output<typeof ListCoursesQuery>): Promise<ListCoursesResponse> {
  const { tx, actor } = ctx;
  const filter = courseFilter(actor);
  if (!filter) return { items: [], nextCursor: null };
  const fetched = await repo.listCoursesPage(tx, filter, { cursor: query.cursor, limit: query.limit });
  const { rows, nextCursor } = pageOf('courses', fetched, query.limit, (r) => [r.periodStart, r.roundId, r.municipalityName, r.id]);
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
  const row = await loadVisibleCourse(ctx, id);
  // Leaders and staff see the meetings they reach (work-reach.ts): their working groups' and those they are invited to.
  const meetings = await repo.meetingsOfCourse(tx, id, readableMeetings(workReach(actor)));
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
    allowed: { editPlan: mayEditPlan(actor, row), assignConsultant: actor.role === 'national_admin' },
  };
}

function presentMeeting(m: repo.MeetingRow): CourseMeeting {
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
