import type { Meeting } from '../../../shared/contracts/meetings.js';
import { writeAudit } from '../../audit/write-audit.js';
import { publish } from '../../core/events.js';
import { AppError, forbidden } from '../../core/errors.js';
import { openConflictingEdits } from '../edit-conflicts/index.js';
import { readMeeting } from './read-meeting.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { loadVisibleMeeting } from './visible-meeting.js';

/**
 * Approves the minutes exactly as the approver read them (`version` is the
 * minutes' version): not empty minutes, not while a kept version waits for a
 * choice. Approved minutes that are saved again become a draft.
 */
export async function approveMinutes(ctx: Context, id: string, input: { version: number }): Promise<Meeting> {
  const { tx, actor } = ctx;
  const { meeting, course } = await loadVisibleMeeting(ctx, id);
  if (!ctx.access.may('minutes.approve', course)) throw forbidden();
  if (meeting.minutesHtml === '') {
    throw new AppError('validation_failed', {
      errors: [{ field: 'minutesHtml', message: 'Referatet er tomt og kan ikke godkendes' }],
    });
  }
  if (meeting.minutesVersion !== input.version) throw new AppError('version_conflict');
  if (meeting.minutesStatus === 'approved') return readMeeting(ctx, id);
  if ((await openConflictingEdits(tx, 'minutes', id)).length > 0) {
    throw new AppError('kept_edit_open', {
      detail: 'Der ligger en særskilt udgave af referatet, som ikke er afklaret. Vælg udgave, før referatet godkendes.',
    });
  }
  if (!(await repo.approveMinutes(tx, id, input.version, actor.userId, ctx.now)))
    throw new AppError('version_conflict');
  // The participants hear that the minutes are approved (notifications, ADR 33).
  await publish(tx, 'meeting.minutes_approved', {
    meetingId: id,
    courseId: course.id,
    title: meeting.title,
    date: meeting.date,
    municipalityName: course.municipalityName,
    approvedBy: { userId: actor.userId, name: actor.name },
    at: ctx.now,
  });
  await writeAudit(tx, actor, {
    action: 'meeting.minutes_approve',
    entityType: 'meeting',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: { courseId: course.id, version: input.version },
  });
  return readMeeting(ctx, id);
}
