import { sql } from 'drizzle-orm';
import type { Trial, TrialWithLogs } from '../../../shared/contracts/trials.js';
import { readableTrials, workReach } from '../../access/index.js';
import type { Context } from '../../core/context.js';
import { courseMeetings } from '../../db/schema.js';
import type { CourseRow } from '../courses/index.js';
import { openableMeetings, presentTrial, presentWithLogs } from './present-trial.js';
import * as repo from './repository.js';

/** How many logs each earlier trial brings onto a working-group meeting's page. */
const EARLIER_LOGS_SHOWN = 10;

/** The rows behind a meeting page's trials (readMeetingTrials). */
export interface MeetingTrialRows {
  trialRows: repo.TrialRow[];
  earlierRows: repo.TrialRow[];
  logs: repo.TrialLogRow[];
  openable: Set<string> | null;
}

/**
 * The trials a meeting's page shows, read by the meeting's id alone, so they
 * travel in one round trip with the meeting itself (db/batching-client.ts):
 * those agreed at it and, on a working group's meeting, the group's earlier
 * ones the actor reaches with their newest logs – read by a subquery of the
 * same trials, not by their ids – and the meetings the actor may open. Nothing
 * here may be shown before the caller has found the meeting for the actor.
 */
export async function readMeetingTrials(ctx: Context, meetingId: string): Promise<MeetingTrialRows> {
  const { tx, actor } = ctx;
  const earlier: repo.EarlierTrials = { meetingId, readable: readableTrials(workReach(actor)) };
  const courseOfMeeting = sql`(SELECT ${courseMeetings.courseId} FROM ${courseMeetings} WHERE ${courseMeetings.id} = ${meetingId})`;
  const [trialRows, earlierRows, logs, openable] = await Promise.all([
    repo.trialsOfMeeting(tx, meetingId),
    repo.earlierGroupTrials(tx, earlier),
    repo.latestLogs(tx, repo.earlierGroupTrialIds(tx, earlier), EARLIER_LOGS_SHOWN),
    openableMeetings(ctx, courseOfMeeting),
  ]);
  return { trialRows, earlierRows, logs, openable };
}

/** The page's trials from their rows. A guest of a group's meeting sees that meeting's trials only. */
export function meetingTrials(
  ctx: Context,
  course: CourseRow,
  rows: MeetingTrialRows,
  guest: boolean,
): { trials: Trial[]; earlierTrials: TrialWithLogs[] } {
  return {
    trials: rows.trialRows.map((t) => presentTrial(ctx.access, course, t)),
    earlierTrials: guest ? [] : presentWithLogs(ctx, course, rows.earlierRows, rows.logs, rows.openable),
  };
}
