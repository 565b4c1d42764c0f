import type { CourseDashboard, DashboardMeeting, OwedItem } from '../../../shared/contracts/course-dashboard.js';
import { danishToday } from '../../time/danish-today.js';
import { indicatorProgress } from '../change-model/index.js';
import { notFound } from '../../core/errors.js';
import { readSelfAnalysisRows, selfAnalysisStatus } from '../self-analysis/index.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { courseFilter, readableMeetings, readableTrials, workReach } from '../../access/index.js';

const OPEN_TRIALS_SHOWN = 5;

/**
 * The course at a glance for everyone who may see it: the meetings in time,
 * the next one, open trials, indicator progress against targets, and what
 * the municipality still owes – the self-analysis until it is presented,
 * minutes of meetings that have taken place, indicator measurements that are
 * due, and a change model at all. Leaders and staff see the meetings and
 * trials they reach (access/meetings.ts), and counts of those only.
 */
export async function readDashboard(ctx: Context, courseId: string): Promise<CourseDashboard> {
  const { tx, actor, now } = ctx;
  const today = danishToday(now);
  const reach = workReach(actor);
  const filter = courseFilter(actor);
  if (!filter) throw notFound();
  // Everything travels in one round trip (db/batching-client.ts): what is read besides the course is keyed by
  // the course's id alone, and none of it is shown unless the actor finds the course.
  const [found, openTrials, indicators, selfAnalysisRows] = await Promise.all([
    repo.courseWithTimeline(tx, courseId, filter, readableMeetings(reach)),
    repo.openTrialsOf(tx, courseId, OPEN_TRIALS_SHOWN, readableTrials(reach)),
    indicatorProgress(tx, courseId, today),
    readSelfAnalysisRows(tx, courseId),
  ]);
  if (!found) throw notFound();
  const { course, timeline } = found;
  const selfAnalysis = selfAnalysisStatus(course, selfAnalysisRows);
  const next = timeline.find((m) => m.status === 'planned' && m.date !== null && m.date >= today) ?? null;
  return {
    courseId,
    today,
    meetings: {
      total: timeline.length,
      held: timeline.filter((m) => m.status === 'held').length,
      dated: timeline.filter((m) => m.date !== null && m.status !== 'cancelled').length,
      cancelled: timeline.filter((m) => m.status === 'cancelled').length,
    },
    timeline,
    next,
    openTrials,
    indicators,
    owed: owedItems({ today, timeline, selfAnalysis, indicators }),
  };
}

function owedItems(input: {
  today: string;
  timeline: DashboardMeeting[];
  selfAnalysis: ReturnType<typeof selfAnalysisStatus>;
  indicators: CourseDashboard['indicators'];
}): OwedItem[] {
  const owed: OwedItem[] = [];
  const { selfAnalysis } = input;
  if (selfAnalysis.status !== 'presented')
    owed.push({ kind: 'self_analysis', status: selfAnalysis.status, missing: selfAnalysis.missing });
  for (const m of input.timeline) {
    // The round's theme day and the national conference are the agency's: no minutes owed for them.
    if (m.kind === 'theme_day' || m.kind === 'conference') continue;
    const tookPlace = m.status === 'held' || (m.status === 'planned' && m.date !== null && m.date < input.today);
    if (tookPlace && m.date !== null && m.minutesStatus !== 'approved') {
      owed.push({ kind: 'minutes', meetingId: m.id, title: m.title, date: m.date, minutesStatus: m.minutesStatus });
    }
  }
  if (input.indicators.length === 0) owed.push({ kind: 'change_model' });
  for (const i of input.indicators) if (i.due) owed.push({ kind: 'measurement', indicatorKey: i.key, name: i.name });
  return owed;
}
