import type { Trial, TrialWithLogs } from '../../../shared/contracts/trials.js';
import { readableTrials, workReach } from '../../access/index.js';
import type { Context } from '../../core/context.js';
import type { CourseRow } from '../courses/index.js';
import { openableMeetings, presentTrial, presentWithLogs } from './present-trial.js';
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
  const earlier: repo.EarlierTrials | null =
    isGroupMeeting && !guest
      ? {
          courseId: course.id,
          groupKey: meeting.groupKey ?? '',
          before: { date: meeting.date, sequence: meeting.sequence },
          readable: readableTrials(workReach(actor)),
        }
      : null;
  // The meeting's trials, the group's earlier ones and their logs travel together (db/batching-client.ts):
  // the logs are read by a subquery of the same earlier trials, not by their ids.
  const [trialRows, earlierRows, logs, openable] = await Promise.all([
    repo.trialsOfMeeting(tx, meeting.id),
    earlier ? repo.earlierGroupTrials(tx, earlier) : [],
    earlier ? repo.latestLogs(tx, repo.earlierGroupTrialIds(tx, earlier), EARLIER_LOGS_SHOWN) : [],
    earlier ? openableMeetings(ctx, course.id) : null,
  ]);
  return {
    trials: trialRows.map((t) => presentTrial(ctx.access, course, t)),
    earlierTrials: presentWithLogs(ctx, course, earlierRows, logs, openable),
  };
}
