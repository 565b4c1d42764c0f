import type { Meeting, SaveAgendaRequest } from '../../../shared/contracts/meetings.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden } from '../../core/errors.js';
import { readMeeting } from './read-meeting.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { loadVisibleMeeting } from './visible-meeting.js';

/** Saves the agenda and the place; the meeting's version goes up (calendars show the change). */
export async function saveAgenda(ctx: Context, id: string, input: SaveAgendaRequest): Promise<Meeting> {
  const { tx, actor } = ctx;
  const { meeting, course } = await loadVisibleMeeting(ctx, id);
  if (!ctx.access.may('meeting.run', course)) throw forbidden();
  if (!(await repo.updateMeeting(tx, id, input.version, { agenda: input.agenda, location: input.location }, ctx.now)))
    throw new AppError('version_conflict');
  await writeAudit(tx, actor, {
    action: 'meeting.agenda_save',
    entityType: 'meeting',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: { courseId: meeting.courseId, fromVersion: input.version },
  });
  return readMeeting(ctx, id);
}
