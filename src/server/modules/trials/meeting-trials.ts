import type { Trial, TrialWithLogs } from '../../../shared/contracts/trials.js';
import { readableTrials, workReach } from '../../access/index.js';
import type { Context } from '../../core/context.js';
import type { CourseRow } from '../courses/index.js';
import { presentTrial, withLogs } from './present-trial.js';
import * as repo from './repository.js';

/** How many logs each earlier trial brings onto a working-group meeting's page. */
const EARLIER_LOGS_SHOWN = 10;

/**
 * The trials a meeting's page shows: those agreed at it, and on a working group's
 * meeting the group's earlier ones the actor reaches, each with its newest logs.
 * A guest of another group's meeting sees that meeting's trials only.
 */
export async function trialsOfMeetingPage(
  ctx: Context,
  course: CourseRow,
  meeting: { id: string; kind: string; groupKey: string | null; date: string | null; sequence: number },
  guest: boolean,
): Promise<{ trials: Trial[]; earlierTrials: TrialWithLogs[] }> {
  const { tx, actor } = ctx;
  const isGroupMeeting = meeting.kind === 'working_group' && meeting.groupKey !== null;
  // One connection per transaction: the queries go one after the other.
  const trialRows = await repo.trialsOfMeeting(tx, meeting.id);
  const earlierRows =
    isGroupMeeting && !guest
      ? await repo.earlierGroupTrials(
          tx,
          course.id,
          meeting.groupKey ?? '',
          { date: meeting.date, sequence: meeting.sequence },
          readableTrials(workReach(actor)),
        )
      : [];
  return {
    trials: trialRows.map((t) => presentTrial(ctx.access, course, t)),
    earlierTrials: await withLogs(ctx, course, earlierRows, EARLIER_LOGS_SHOWN),
  };
}
