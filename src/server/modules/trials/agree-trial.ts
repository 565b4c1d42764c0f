import { and, eq } from 'drizzle-orm';
import type { AgreeTrialRequest, TrialWithLogs } from '../../../shared/contracts/trials.js';
import { meetingCondition } from '../../access/index.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { courseMeetings } from '../../db/schema.js';
import { readTrial } from './read-trials.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * Agrees a trial at a meeting: what will be tried in practice before the next
 * meeting, and by whom. A working-group meeting's trial belongs to its group;
 * any other meeting's is course-wide.
 */
export async function agreeTrial(ctx: Context, meetingId: string, input: AgreeTrialRequest): Promise<TrialWithLogs> {
  const { tx, actor } = ctx;
  // The meeting as the actor reads it (access/meetings.ts): anyone else gets 404.
  const found = await repo.findMeetingWithCourse(tx, and(eq(courseMeetings.id, meetingId), meetingCondition(actor)));
  if (!found) throw notFound();
  const { meeting, course } = found;
  if (!ctx.access.may('trial.agree', { course, meeting: { ...meeting, status: 'planned' } })) throw forbidden();
  if (meeting.status === 'cancelled') {
    throw new AppError('validation_failed', {
      errors: [{ field: 'meeting', message: 'Mødet er aflyst, så der kan ikke aftales afprøvninger på det' }],
    });
  }
  const id = await repo.insertTrial(tx, {
    courseId: course.id,
    meetingId,
    groupKey: meeting.kind === 'working_group' ? meeting.groupKey : null,
    description: input.description,
    responsible: input.responsible,
    createdBy: actor.userId,
    // The day it was agreed is a business fact (logs may not predate it): the request's time, not the database's.
    createdAt: ctx.now,
  });
  await writeAudit(tx, actor, {
    action: 'trial.create',
    entityType: 'trial',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: { courseId: course.id, meetingId },
  });
  return readTrial(ctx, id);
}
