import type { z } from 'zod';
import type { ApplyCourseScheduleRequest, CourseSchedule } from '../../../shared/contracts/course-schedule.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { readCourseSchedule } from './read-course-schedule.js';
import * as repo from './repository.js';
import { storeProposal } from './store-proposal.js';
import type { Context } from '../../core/context.js';
import { publish } from '../../core/events.js';

/**
 * Stores the proposal the user saw for a course: refused (409) when the
 * course's plan changed since (its version) or when one of the meetings got a
 * date or was cancelled meanwhile – then nothing is stored. Each meeting's
 * version (its iCalendar SEQUENCE) is bumped.
 */
export async function applyCourseSchedule(
  ctx: Context,
  courseId: string,
  input: z.infer<typeof ApplyCourseScheduleRequest>,
): Promise<CourseSchedule> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  if (!ctx.access.may('course.schedule', course)) throw forbidden();
  if (course.version !== input.courseVersion) {
    throw new AppError('version_conflict', {
      detail: 'Forløbets plan er ændret, siden forslaget blev lavet. Intet er gemt – foreslå datoer igen.',
    });
  }
  const meetings = await repo.meetingsOfCourses(tx, [courseId]);
  await storeProposal(
    ctx.tx,
    input.meetings,
    {
      mine: new Set(meetings.map((m) => m.id)),
      period: { start: course.periodStart, end: course.periodEnd },
      roundIds: [course.roundId],
      consultantIds: course.consultantId ? [course.consultantId] : [],
    },
    ctx.now,
  );
  await publish(tx, 'meeting.calendar_changed', { meetingIds: input.meetings.map((m) => m.id), at: ctx.now });
  await writeAudit(tx, actor, {
    action: 'course.schedule_apply',
    entityType: 'course',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: { meetings: input.meetings.length },
  });
  return readCourseSchedule(ctx, courseId);
}
