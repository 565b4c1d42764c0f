import type { VersionConflict } from '../../../shared/contracts/edit-conflicts.js';
import type { Meeting, MinutesContent, SaveMinutesRequest } from '../../../shared/contracts/meetings.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { dismissConflictingEdit, keepConflictingEdit } from '../edit-conflicts/index.js';
import { readMeeting } from './read-meeting.js';
import * as repo from './repository.js';
import { sanitizeMinutes } from './sanitize-minutes.js';
import type { Context } from '../../core/context.js';
import { loadVisibleMeeting } from './visible-meeting.js';

export type SaveMinutesResult =
  | { saved: true; meeting: Meeting }
  /** Kept in edit_conflicts; `conflict` is what the 409 carries so the client can merge (ADR 22). */
  | { saved: false; conflict: VersionConflict };

/**
 * Saves the minutes and decisions (during or after the meeting), sanitised
 * to the allowlist in sanitize-minutes.ts. Saving approved minutes makes them
 * a draft again. A save on top of a newer version is not thrown away: it is
 * kept in edit_conflicts beside the saved one, and the caller answers 409 –
 * after this transaction commits, so the kept version survives.
 */
export async function saveMinutes(ctx: Context, id: string, input: SaveMinutesRequest): Promise<SaveMinutesResult> {
  const { tx, actor } = ctx;
  const { meeting, course } = await loadVisibleMeeting(ctx, id);
  if (!ctx.access.may('meeting.run', course)) throw forbidden();
  if (meeting.status === 'cancelled') {
    throw new AppError('validation_failed', {
      errors: [{ field: 'minutesHtml', message: 'Mødet er aflyst, så der skrives ikke referat af det' }],
    });
  }
  const content: MinutesContent = { minutesHtml: sanitizeMinutes(input.minutesHtml), decisions: input.decisions };
  if (await repo.saveMinutes(tx, id, input.baseVersion, content, actor.userId, ctx.now)) {
    await writeAudit(tx, actor, {
      action: 'meeting.minutes_save',
      entityType: 'meeting',
      entityId: id,
      municipalityCode: course.municipalityCode,
      details: { courseId: course.id, fromVersion: input.baseVersion },
    });
    return { saved: true, meeting: await readMeeting(ctx, id) };
  }
  const conflictId = await keepConflictingEdit(tx, {
    courseId: course.id,
    kind: 'minutes',
    entityId: id,
    baseVersion: input.baseVersion,
    content,
    savedBy: actor.userId,
  });
  await writeAudit(tx, actor, {
    action: 'meeting.minutes_conflict',
    entityType: 'meeting',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: {
      courseId: course.id,
      baseVersion: input.baseVersion,
      currentVersion: meeting.minutesVersion,
      conflictId,
    },
  });
  const current: MinutesContent = { minutesHtml: meeting.minutesHtml, decisions: meeting.decisions };
  return { saved: false, conflict: { id: conflictId, version: meeting.minutesVersion, content: current } };
}

/** Puts a kept version of the minutes away (after the user chose the saved one, or saved theirs on top). */
export async function dismissMinutesConflict(ctx: Context, id: string, conflictId: string): Promise<void> {
  const { tx, actor } = ctx;
  const { course } = await loadVisibleMeeting(ctx, id);
  if (!ctx.access.may('meeting.run', course)) throw forbidden();
  if (!(await dismissConflictingEdit(tx, 'minutes', id, conflictId))) throw notFound();
  await writeAudit(tx, actor, {
    action: 'meeting.minutes_conflict_dismissed',
    entityType: 'meeting',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: { courseId: course.id, conflictId },
  });
}
