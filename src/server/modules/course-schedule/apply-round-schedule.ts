import type { z } from 'zod';
import type { ApplyRoundScheduleRequest } from '../../../shared/contracts/course-schedule.js';
import { writeAudit } from '../../audit/write-audit.js';
import { notFound } from '../../core/errors.js';
import { findRound } from '../rounds/index.js';
import * as repo from './repository.js';
import { storeProposal } from './store-proposal.js';
import type { Context } from '../../core/context.js';
import { publish } from '../../core/events.js';

/**
 * Stores the round's proposal as the admin saw it, for every course of the
 * round at once – all or nothing. Audited once for the round and once per
 * course (so each municipality's audit view shows its new dates).
 */
export async function applyRoundSchedule(
  ctx: Context,
  roundId: string,
  input: z.infer<typeof ApplyRoundScheduleRequest>,
): Promise<{ applied: number; courses: number }> {
  const { tx, actor } = ctx;
  const round = await findRound(tx, roundId, null);
  if (!round) throw notFound();
  const courses = await repo.coursesOfRounds(tx, [roundId]);
  const meetings = await repo.meetingsOfCourses(
    tx,
    courses.map((c) => c.id),
  );
  await storeProposal(
    tx,
    input.meetings,
    {
      mine: new Set(meetings.map((m) => m.id)),
      period: { start: round.courseStart, end: round.courseEnd },
      roundIds: [roundId],
      consultantIds: courses.flatMap((c) => (c.consultantId ? [c.consultantId] : [])),
    },
    ctx.now,
  );
  await publish(tx, 'meeting.calendar_changed', { meetingIds: input.meetings.map((m) => m.id), at: ctx.now });
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const applied = input.meetings.map((m) => ({ ...m, meeting: byId.get(m.id)! }));
  const perCourse = new Map<string, number>();
  for (const m of applied) perCourse.set(m.meeting.courseId, (perCourse.get(m.meeting.courseId) ?? 0) + 1);
  const courseCount = perCourse.size;
  for (const course of courses) {
    const n = perCourse.get(course.id);
    if (n === undefined) continue;
    await writeAudit(tx, actor, {
      action: 'course.schedule_apply',
      entityType: 'course',
      entityId: course.id,
      municipalityCode: course.municipalityCode,
      details: { meetings: n },
    });
  }
  await writeAudit(tx, actor, {
    action: 'round.schedule_apply',
    entityType: 'round',
    entityId: roundId,
    details: {
      courses: courseCount,
      meetings: applied.length,
      themeDay: applied.find((m) => m.meeting.kind === 'theme_day')?.date ?? null,
    },
  });
  return { applied: applied.length, courses: courseCount };
}
