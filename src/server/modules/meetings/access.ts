import type { Actor } from '../../core/actor.js';
import { notFound } from '../../core/errors.js';
import { can } from '../../policy/policy.js';
import { courseFilter } from '../courses/access.js';
import { loadVisibleCourse } from '../courses/read-courses.js';
import type { CourseRow } from '../courses/repository.js';
import { readableMeetings, workReach } from '../courses/work-reach.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

export type VisibleMeeting = NonNullable<Awaited<ReturnType<typeof repo.findMeeting>>> & { course: CourseRow };

/**
 * A meeting is seen by whoever sees its course (courses/access.ts) and reaches
 * the meeting (courses/work-reach.ts): the admin, the course's consultant, the
 * coordinator and head of daycare all; leaders and staff their own
 * institutions' working groups and the meetings they are invited to. Anyone
 * else – a consultant of other courses, another municipality, staff of
 * another institution's working group – gets 404.
 */
export async function loadVisibleMeeting(ctx: Context, id: string): Promise<VisibleMeeting> {
  const { tx, actor } = ctx;
  const filter = courseFilter(actor);
  const row = filter ? await repo.findMeeting(tx, id, filter, readableMeetings(workReach(actor))) : null;
  if (!row) throw notFound();
  const course = await loadVisibleCourse(ctx, row.meeting.courseId);
  return { ...row, course };
}

/** The course's own consultant and the municipality's coordinator run the meeting: agenda, participants, minutes, status. */
export function mayRunMeeting(actor: Actor, course: { consultantId: string | null; municipalityCode: string }): boolean {
  if (!can(actor, 'meeting.write')) return false;
  if (actor.role === 'consultant') return course.consultantId === actor.userId;
  return actor.role === 'coordinator' && actor.municipalityCode === course.municipalityCode;
}

/** Minutes are approved by those who run the meeting, or by the municipality's head of daycare. */
export function mayApproveMinutes(actor: Actor, course: { consultantId: string | null; municipalityCode: string }): boolean {
  if (!can(actor, 'meeting.approve')) return false;
  if (actor.role === 'daycare_chief') return actor.municipalityCode === course.municipalityCode;
  return mayRunMeeting(actor, course);
}
