import type { Meeting } from '../../../shared/contracts/meetings.js';
import { writeAudit } from '../../audit/write-audit.js';
import { readMeetingPage } from './present-meeting.js';
import type { Context } from '../../core/context.js';

/** The meeting as its page shows it (also the answer to a change, which the change's own audit row covers). */
export async function readMeeting(ctx: Context, id: string): Promise<Meeting> {
  return (await readMeetingPage(ctx, id)).meeting;
}

/**
 * Somebody opens a meeting: its minutes, participants with attendance and
 * hours, and the logs of the group's earlier trials often describe children
 * and name adults, so the read is logged – the meeting, the minutes' version
 * and whose trial logs were shown, never their content. Taken away as a
 * document (`format`, issue 11 point 6) it is logged the same way, with the
 * format; the document carries no trial logs.
 */
export async function viewMeeting(ctx: Context, id: string, format?: 'pdf' | 'docx'): Promise<Meeting> {
  const { tx, actor } = ctx;
  const { visible, meeting } = await readMeetingPage(ctx, id);
  await writeAudit(tx, actor, {
    action: 'meeting.read',
    entityType: 'meeting',
    entityId: meeting.id,
    municipalityCode: visible.course.municipalityCode,
    details: {
      courseId: visible.course.id,
      minutesVersion: meeting.minutes.version,
      trialLogsOf: format ? [] : meeting.earlierTrials.map((t) => t.id),
      ...(format ? { format } : {}),
      ...(meeting.guest ? { readAs: 'guest' } : {}),
    },
  });
  return meeting;
}
