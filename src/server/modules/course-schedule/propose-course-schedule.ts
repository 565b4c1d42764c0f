import type { CourseScheduleProposal } from '../../../shared/contracts/course-schedule.js';
import { forbidden } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { planProposal } from './plan-proposal.js';
import { loadSituation } from './situation.js';
import type { Context } from '../../core/context.js';

/**
 * Proposes dates for a course's undated, planned meetings: the course's dated
 * meetings, those of every other course of its round and of the consultant's
 * other courses are kept; absences are unavailable days; the round's theme day
 * is reused when another course has it. Nothing is stored: the caller applies
 * the proposal it saw, with the course version it carries.
 */
export async function proposeCourseSchedule(ctx: Context, courseId: string): Promise<CourseScheduleProposal> {
  const { tx } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  if (!ctx.access.may('course.schedule', course)) throw forbidden();
  const situation = await loadSituation(tx, [course.roundId]);
  const toPlace = situation.meetings.filter(
    (m) => m.courseId === courseId && m.status === 'planned' && m.date === null,
  );
  return { courseVersion: course.version, ...planProposal(situation, course.roundId, toPlace, ctx.now) };
}
