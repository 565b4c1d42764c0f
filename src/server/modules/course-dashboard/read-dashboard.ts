import type { CourseDashboard, DashboardMeeting, OwedItem } from '../../../shared/contracts/course-dashboard.js';
import { danishToday } from '../../time/danish-today.js';
import { indicatorProgress } from '../change-model/index.js';
import { notFound } from '../../core/errors.js';
import { selfAnalysisStatus } from '../self-analysis/index.js';
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
  // The course and its timeline come in one query; once it is found, the rest travels together (db/batching-client.ts).
  const reach = workReach(actor);
  const filter = courseFilter(actor);
  const found = filter ? await repo.courseWithTimeline(tx, courseId, filter, readableMeetings(reach)) : null;
  if (!found) throw notFound();
  const { course, timeline } = found;
  const [openTrials, indicators, selfAnalysis] = await Promise.all([
    repo.openTrialsOf(tx, courseId, OPEN_TRIALS_SHOWN, readableTrials(reach)),
    indicatorProgress(tx, courseId, today),
    selfAnalysisStatus(tx, courseId, course),
  ]);
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
  selfAnalysis: Awaited<ReturnType<typeof selfAnalysisStatus>>;
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
