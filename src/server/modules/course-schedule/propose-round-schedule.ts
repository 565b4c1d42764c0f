import type { Context } from '../../core/context.js';
import type { RoundScheduleProposal } from '../../../shared/contracts/course-schedule.js';
import { notFound } from '../../core/errors.js';
import { findRound } from '../rounds/index.js';
import { planProposal } from './plan-proposal.js';
import { loadSituation } from './situation.js';

/** The agency plans a whole round at once: dates for every undated, planned meeting of its courses, with one theme day. */
export async function proposeRoundSchedule({ tx, now }: Context, roundId: string): Promise<RoundScheduleProposal> {
  if (!(await findRound(tx, roundId, null))) throw notFound();
  const situation = await loadSituation(tx, [roundId]);
  const inRound = new Set([...situation.courses.values()].filter((c) => c.roundId === roundId).map((c) => c.id));
  const toPlace = situation.meetings.filter(
    (m) => inRound.has(m.courseId) && m.status === 'planned' && m.date === null,
  );
  return planProposal(situation, roundId, toPlace, now);
}
