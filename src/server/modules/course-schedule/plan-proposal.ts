import type { LeftMeeting, ProposedMeeting } from '../../../shared/contracts/course-schedule.js';
import type { ScheduleReasonMessage } from '../../../shared/contracts/schedule.js';
import { danishToday } from '../../time/danish-today.js';
import { addDays } from '../../time/add-days.js';
import { proposeSchedule, toDay, toIso, thirdOf, WHOLE_DAY } from '../scheduling/index.js';
import { buildRoundInput } from './round-input.js';
import type { Situation, SituationMeeting } from './situation.js';

export type PlannedProposal =
  | { feasible: true; meetings: ProposedMeeting[]; themeDay: string | null; left: LeftMeeting[] }
  | { feasible: false; reason: ScheduleReasonMessage };

/**
 * A live course may be past a steering meeting's third of the period: no
 * proposal can keep that rule, so the meeting is left for people to date by
 * hand (Flyt shows the broken rule) and the rest is planned.
 */
function overdueSteering(
  situation: Situation,
  roundId: string,
  toPlace: SituationMeeting[],
  notBefore: string,
): LeftMeeting[] {
  const round = situation.rounds.get(roundId);
  if (!round) return [];
  const period = { start: toDay(round.periodStart), end: toDay(round.periodEnd) };
  const from = toDay(notBefore);
  return toPlace.flatMap((m) => {
    const third = m.sequence - 1;
    if (m.kind !== 'steering' || third < 0 || third > 2 || thirdOf(period, from) <= third) return [];
    let last = from - 1;
    while (last > period.start && thirdOf(period, last) > third) last -= 1;
    return [
      {
        id: m.id,
        courseId: m.courseId,
        title: m.title,
        reason: { code: 'steering_third_ended', params: { third, ended: toIso(last) } },
      },
    ];
  });
}

/**
 * Dates for these undated meetings of one round, everything already dated
 * (in the round and the consultants' other rounds) kept as it is; theme-day
 * meetings get the round's theme day (the one a course already has, or the
 * scheduler's), none before tomorrow. The scheduler's reason (a message code) when
 * there is no plan.
 */
export function planProposal(
  situation: Situation,
  roundId: string,
  toPlace: SituationMeeting[],
  now: Date,
): PlannedProposal {
  // Nothing is proposed in the past: a course under way is planned from tomorrow on.
  const notBefore = addDays(danishToday(now), 1);
  const left = overdueSteering(situation, roundId, toPlace, notBefore);
  const leftIds = new Set(left.map((m) => m.id));
  const placeable = toPlace.filter((m) => !leftIds.has(m.id));
  const { input, meetingIds } = buildRoundInput(situation, roundId, { toPlace: new Set(placeable.map((m) => m.id)) });
  const proposal = proposeSchedule({ ...input, notBefore });
  if (!proposal.feasible) return { feasible: false, reason: proposal.reason };
  const wanted = new Map(placeable.map((m) => [m.id, m]));
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
    for (const m of placeable) if (m.kind === 'theme_day') meetings.push(describe(m, { date: themeDay, ...WHOLE_DAY }));
  }
  meetings.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.start.localeCompare(b.start) ||
      a.municipalityName.localeCompare(b.municipalityName, 'da'),
  );
  return { feasible: true, meetings, themeDay, left };
}
