import type { Meeting } from '../../../shared/contracts/meetings.js';
import { writeAudit } from '../../audit/write-audit.js';
import { presentMeeting } from './present-meeting.js';
import type { Context } from '../../core/context.js';
import { loadVisibleMeeting } from './visible-meeting.js';

/** The meeting as its page shows it (also the answer to a change, which the change's own audit row covers). */
export async function readMeeting(ctx: Context, id: string): Promise<Meeting> {
  return presentMeeting(ctx, await loadVisibleMeeting(ctx, id));
}

/**
 * Somebody opens a meeting: its minutes, participants with attendance and
 * hours, and the logs of the group's earlier trials often describe children
 * and name adults, so the read is logged – the meeting, the minutes' version
 * and whose trial logs were shown, never their content.
 */
export async function viewMeeting(ctx: Context, id: string): Promise<Meeting> {
  const { tx, actor } = ctx;
  const visible = await loadVisibleMeeting(ctx, id);
  const meeting = await presentMeeting(ctx, visible);
  await writeAudit(tx, actor, {
    action: 'meeting.read',
    entityType: 'meeting',
    entityId: meeting.id,
    municipalityCode: visible.course.municipalityCode,
    details: {
      courseId: visible.course.id,
      minutesVersion: meeting.minutes.version,
      trialLogsOf: meeting.earlierTrials.map((t) => t.id),
      ...(meeting.guest ? { readAs: 'guest' } : {}),
    },
  });
  return meeting;
}
