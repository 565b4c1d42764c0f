import type { ChangeMeetingStatusRequest, Meeting, MeetingStatus } from '../../../shared/contracts/meetings.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden } from '../../core/errors.js';
import { formatDate } from '../../documents/index.js';
import { danishToday } from '../../time/danish-today.js';
import { readMeeting } from './read-meeting.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { loadVisibleMeeting } from './visible-meeting.js';
import { publish } from '../../core/events.js';

/**
 * Why a meeting cannot move from one status to another, or null when it can:
 * planned → held on or after its day; planned → cancelled; cancelled →
 * planned; held → planned only while it has no minutes (a mistake undone).
 * Held is otherwise final, and a cancelled meeting is planned again before
 * it can be held.
 */
export function statusRefusal(
  meeting: { status: MeetingStatus; date: string | null; minutesStatus: 'none' | 'draft' | 'approved' },
  to: MeetingStatus,
  today: string,
): string | null {
  if (meeting.status === to) return 'Mødet har allerede den status';
  switch (to) {
    case 'held':
      if (meeting.status !== 'planned') return 'Et aflyst møde skal planlægges igen, før det kan markeres som afholdt';
      if (meeting.date === null) return 'Mødet har ingen dato endnu og kan ikke markeres som afholdt';
      return meeting.date > today ? 'Mødet kan først markeres som afholdt på mødedagen' : null;
    case 'cancelled':
      return meeting.status === 'held' ? 'Et afholdt møde kan ikke aflyses' : null;
    case 'planned':
      return meeting.status === 'held' && meeting.minutesStatus !== 'none'
        ? 'Mødet har referat og kan ikke længere gøres til planlagt'
        : null;
  }
}

/** Marks the meeting held, cancelled or planned again; the version goes up (calendars show the change). */
export async function changeStatus(ctx: Context, id: string, input: ChangeMeetingStatusRequest): Promise<Meeting> {
  const { tx, actor, now } = ctx;
  const { meeting, course, participants } = await loadVisibleMeeting(ctx, id);
  if (!ctx.access.may('meeting.run', course)) throw forbidden();
  if (meeting.version !== input.version) throw new AppError('version_conflict');
  const refusal = statusRefusal(meeting, input.status, danishToday(now));
  if (refusal) throw new AppError('validation_failed', { errors: [{ field: 'status', message: refusal }] });
  if (input.status === 'cancelled' && meeting.date !== null && participants.length > 0 && !input.confirmed) {
    // Issue 11, point 4: the meeting is in the participants' calendars; cancelling reaches them all.
    throw new AppError('confirmation_required', {
      detail:
        `"${meeting.title}" den ${formatDate(meeting.date)} aflyses for ${participants.length === 1 ? 'én inviteret deltager' : `${participants.length} inviterede deltagere`}, ` +
        'og mødet vises som aflyst i deres kalendere. Bekræft aflysningen.',
      errors: participants.map((p) => ({ field: 'participants', message: p.name })),
    });
  }
  if (!(await repo.updateMeeting(tx, id, input.version, { status: input.status }, now)))
    throw new AppError('version_conflict');
  await publish(tx, 'meeting.calendar_changed', { meetingIds: [id], at: now });
  await writeAudit(tx, actor, {
    action: 'meeting.status_change',
    entityType: 'meeting',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: { courseId: course.id, from: meeting.status, to: input.status },
  });
  return readMeeting(ctx, id);
}
