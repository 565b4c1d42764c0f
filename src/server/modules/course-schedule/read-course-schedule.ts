import type { CourseSchedule } from '../../../shared/contracts/course-schedule.js';
import { loadVisibleCourse, meetingsOfCourse } from '../courses/index.js';
import { buildRoundInput, byPlanOrder } from './round-input.js';
import { roundViolations } from './round-violations.js';
import { loadSituation, type SituationMeeting } from './situation.js';
import type { Context } from '../../core/context.js';
import { ownMunicipalityOf, readableMeetings, workReach } from '../../access/index.js';

/** Dated meetings by date and time, then the undated ones in the plan's order. */
export const byDateThenPlan = (a: SituationMeeting, b: SituationMeeting) =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
  (a.start ?? '').localeCompare(b.start ?? '') ||
  byPlanOrder(a, b);

/**
 * A course's meetings with date, time, status and the hard rules each breaks
 * where it lies (against the round's settings, the consultant's other courses
 * and absences), what the caller may do, and how many meetings a proposal
 * would place.
 */
export async function readCourseSchedule(ctx: Context, courseId: string): Promise<CourseSchedule> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  const situation = await loadSituation(tx, [course.roundId]);
  const violations = roundViolations(situation, [course.roundId], ownMunicipalityOf(actor));
  const { themeDay } = buildRoundInput(situation, course.roundId);
  const move = ctx.access.may('meeting.move', { course, meeting: { kind: 'working_group' } });
  // Leaders and staff see the meetings they reach (access/meetings.ts); the rules are checked against all of them.
  const readable = readableMeetings(workReach(actor));
  const reached = readable ? new Set((await meetingsOfCourse(tx, courseId, readable)).map((m) => m.id)) : null;
  const meetings = situation.meetings
    .filter((m) => m.courseId === courseId && (reached === null || reached.has(m.id)))
    .sort(byDateThenPlan);
  return {
    course: {
      id: course.id,
      municipalityName: course.municipalityName,
      roundId: course.roundId,
      roundName: course.roundName,
      periodStart: course.periodStart,
      periodEnd: course.periodEnd,
      version: course.version,
      consultant: course.consultantId ? { id: course.consultantId, name: course.consultantName ?? '' } : null,
    },
    meetings: meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      group: m.groupKey,
      sequence: m.sequence,
      date: m.date,
      start: m.start,
      end: m.end,
      status: m.status,
      version: m.version,
      violations: m.status === 'cancelled' ? [] : (violations.get(m.id) ?? []),
      allowed: { move: ctx.access.may('meeting.move', { course, meeting: m }) && m.status === 'planned' },
    })),
    themeDay,
    undatedCount: meetings.filter((m) => m.status === 'planned' && m.date === null).length,
    allowed: { propose: ctx.access.may('course.schedule', course), move },
  };
}
