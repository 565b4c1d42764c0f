import type { MoveMeetingRequest, MoveMeetingResponse } from '../../../shared/contracts/course-schedule.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { formatDanishRange } from '../scheduling/index.js';
import * as repo from './repository.js';
import { roundViolations } from './round-violations.js';
import { loadSituation } from './situation.js';
import { lockSchedules } from './store-proposal.js';
import type { Context } from '../../core/context.js';
import { ownMunicipalityOf } from '../../access/index.js';
import { publish } from '../../core/events.js';

const describe = (t: { date: string | null; start: string | null; end: string | null }) =>
  t.date === null ? null : `${t.date} ${t.start ?? ''}–${t.end ?? ''}`;

/**
 * Moves a planned meeting by hand (or takes it off the calendar). Only the
 * basics are refused – a date outside the course period, a held or cancelled
 * meeting, a stale version; a move that breaks scheduling rules is saved and
 * the answer lists them (`violations`), as does the audit row. The meeting's
 * version, its iCalendar SEQUENCE, is bumped.
 */
export async function moveMeeting(
  ctx: Context,
  meetingId: string,
  input: MoveMeetingRequest,
): Promise<MoveMeetingResponse> {
  const { tx, actor } = ctx;
  const meeting = await repo.findMeeting(tx, meetingId);
  if (!meeting) throw notFound();
  const course = await loadVisibleCourse(ctx, meeting.courseId);
  if (!ctx.access.may('meeting.move', { course: course, meeting: meeting })) throw forbidden();
  if (meeting.status !== 'planned') {
    const message =
      meeting.status === 'held' ? 'Mødet er afholdt og kan ikke flyttes' : 'Mødet er aflyst og kan ikke flyttes';
    throw new AppError('validation_failed', { errors: [{ field: 'date', message }] });
  }
  if (input.date !== null && (input.date < course.periodStart || input.date > course.periodEnd)) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'date',
          message: `Datoen skal ligge i forløbsperioden (${formatDanishRange(course.periodStart, course.periodEnd, true)})`,
        },
      ],
    });
  }
  await lockSchedules(tx, [course.roundId, ...(course.consultantId ? [course.consultantId] : [])]);
  if (!(await repo.setMeetingTime(tx, meetingId, input.version, input, ctx.now)))
    throw new AppError('version_conflict');
  await publish(tx, 'meeting.calendar_changed', { meetingIds: [meetingId], at: ctx.now });
  const situation = await loadSituation(tx, [course.roundId]);
  const rulesFor = (own: string | null) =>
    input.date === null ? [] : (roundViolations(situation, [course.roundId], own).get(meetingId) ?? []);
  const violations = rulesFor(ownMunicipalityOf(actor));
  // The municipality reads its audit log: other municipalities stay unnamed there, whoever moved the meeting.
  const audited = ownMunicipalityOf(actor) === course.municipalityCode ? violations : rulesFor(course.municipalityCode);
  await writeAudit(tx, actor, {
    action: 'meeting.move',
    entityType: 'meeting',
    entityId: meetingId,
    municipalityCode: course.municipalityCode,
    details: { courseId: course.id, from: describe(meeting), to: describe(input), violations: audited },
  });
  return {
    id: meetingId,
    courseId: course.id,
    date: input.date,
    start: input.start,
    end: input.end,
    status: meeting.status,
    version: meeting.version + 1,
    violations,
  };
}
