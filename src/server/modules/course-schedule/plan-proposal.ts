import type { ProposedMeeting } from '../../../shared/contracts/course-schedule.js';
import { danishToday } from '../../time/danish-today.js';
import { addDays } from '../../time/add-days.js';
import { proposeSchedule } from '../scheduling/propose-schedule.js';
import { WHOLE_DAY } from '../scheduling/schedule-model.js';
import { buildRoundInput } from './round-input.js';
import type { Situation, SituationMeeting } from './situation.js';

export type PlannedProposal = { feasible: true; meetings: ProposedMeeting[]; themeDay: string | null } | { feasible: false; reason: string };

/**
 * Dates for these undated meetings of one round, everything already dated
 * (in the round and the consultants' other rounds) kept as it is; theme-day
 * meetings get the round's theme day (the one a course already has, or the
 * scheduler's), none before tomorrow. The scheduler's Danish reason when
 * there is no plan.
 */
export function planProposal(situation: Situation, roundId: string, toPlace: SituationMeeting[], now = new Date()): PlannedProposal {
  const { input, meetingIds } = buildRoundInput(situation, roundId, { toPlace: new Set(toPlace.map((m) => m.id)) });
  // Nothing is proposed in the past: a course under way is planned from tomorrow on.
  const proposal = proposeSchedule({ ...input, notBefore: addDays(danishToday(now), 1) });
  if (!proposal.feasible) return { feasible: false, reason: proposal.reason };
  const wanted = new Map(toPlace.map((m) => [m.id, m]));
  const describe = (m: SituationMeeting, time: { date: string; start: string; end: string }): ProposedMeeting => ({
    id: m.id,
    courseId: m.courseId,
    municipalityName: situation.courses.get(m.courseId)?.municipalityName ?? '',
    kind: m.kind,
    title: m.title,
    ...time,
  });
  const meetings: ProposedMeeting[] = [];
  for (const p of proposal.meetings) {
    const meeting = wanted.get(meetingIds.get(`${p.course}\u0000${p.id}`) ?? '');
    if (meeting) meetings.push(describe(meeting, { date: p.date, start: p.start, end: p.end }));
  }
  const themeDay = proposal.themeDay ?? null;
  if (themeDay !== null) {
    for (const m of toPlace) if (m.kind === 'theme_day') meetings.push(describe(m, { date: themeDay, ...WHOLE_DAY }));
  }
  meetings.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.municipalityName.localeCompare(b.municipalityName, 'da'));
  return { feasible: true, meetings, themeDay };
}
