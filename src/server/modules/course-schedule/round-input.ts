import type { MeetingKind } from '../../../shared/contracts/courses.js';
import type { ScheduleCourse, ScheduleInput, ScheduleMeeting } from '../../../shared/contracts/schedule.js';
import { toDay, toIso, WHOLE_DAY } from '../scheduling/index.js';
import type { Situation, SituationMeeting } from './situation.js';

/** The plan's order of kinds (courses/typical-plan.ts), for the scheduler's input order within a course. */
const KIND_ORDER: Record<MeetingKind, number> = {
  kickoff: 0,
  steering: 1,
  sparring: 2,
  leader_sparring: 3,
  working_group: 4,
  theme_day: 5,
  conference: 6,
  extra: 7,
};

export const byPlanOrder = (a: SituationMeeting, b: SituationMeeting) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
  (a.groupKey ?? '').localeCompare(b.groupKey ?? '') ||
  a.sequence - b.sequence;

/** What a municipal role reads instead of another municipality's name or meeting. */
export const OTHER_MUNICIPALITY = 'en anden kommune';
export const OTHER_MEETING = 'et andet møde';

export interface RoundInputOptions {
  /** Undated planned meetings to place; dated meetings are always there (fixed), other undated ones are left out. */
  toPlace?: ReadonlySet<string>;
  /** For a municipal role: other municipalities' courses and meetings are named neutrally in the sentences. */
  ownMunicipality?: string | null;
}

export interface RoundInput {
  input: ScheduleInput;
  /** The scheduler's `course ␀ meeting` ids → the meeting's id. */
  meetingIds: Map<string, string>;
  /** The round's common theme day: the date most of its theme-day meetings have (earliest on a tie), or null. */
  themeDay: string | null;
  /** The round's theme-day meetings that are not cancelled. */
  themeMeetings: SituationMeeting[];
}

/** Readable, unique ids: the scheduler's reasons name courses, consultants and meetings by them. */
function uniqueName(used: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
  used.add(candidate);
  return candidate;
}

function mostCommonDate(meetings: SituationMeeting[]): string | null {
  const counts = new Map<string, number>();
  for (const m of meetings) if (m.date) counts.set(m.date, (counts.get(m.date) ?? 0) + 1);
  let best: string | null = null;
  for (const [date, n] of counts) {
    const bestCount = best === null ? 0 : counts.get(best)!;
    if (n > bestCount || (n === bestCount && best !== null && date < best)) best = date;
  }
  return best;
}

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = toDay(from); d <= toDay(to); d++) days.push(toIso(d));
  return days;
}

/**
 * The scheduler's input for one round as it stands: the round's courses with
 * their dated meetings fixed (and the meetings to place, if any), the other
 * rounds' meetings of the same consultants as external courses, absences as
 * unavailable dates, the theme day (fixed once a course of the round has it).
 * Theme-day meetings are not meetings to the scheduler: `themeDay` stands for them.
 */
export function buildRoundInput(situation: Situation, roundId: string, options: RoundInputOptions = {}): RoundInput {
  const round = situation.rounds.get(roundId);
  if (!round) throw new Error(`round ${roundId} not loaded`);
  const toPlace = options.toPlace ?? new Set<string>();
  const own = options.ownMunicipality ?? null;
  const isOther = (municipalityCode: string) => own !== null && municipalityCode !== own;
  const inPeriod = (date: string) => date >= round.periodStart && date <= round.periodEnd;
  const roundCourses = [...situation.courses.values()].filter((c) => c.roundId === roundId);
  const live = situation.meetings.filter((m) => m.status !== 'cancelled');
  const meetingsOf = new Map<string, SituationMeeting[]>();
  for (const m of live) meetingsOf.set(m.courseId, [...(meetingsOf.get(m.courseId) ?? []), m]);

  const consultantIds = new Map<string, string>();
  const usedConsultants = new Set<string>();
  const consultants: ScheduleInput['consultants'] = [];
  const consultantOf = (course: (typeof roundCourses)[number]): string => {
    const key = course.consultantId ?? `none:${course.id}`;
    let id = consultantIds.get(key);
    if (id === undefined) {
      id = uniqueName(usedConsultants, course.consultantName ?? `ingen konsulent (${course.municipalityName})`);
      consultantIds.set(key, id);
      const absent = course.consultantId ? (situation.absences.get(course.consultantId) ?? []) : [];
      const unavailable = new Set(
        absent.flatMap((a) =>
          daysBetween(
            a.from > round.periodStart ? a.from : round.periodStart,
            a.to < round.periodEnd ? a.to : round.periodEnd,
          ),
        ),
      );
      consultants.push({ id, unavailable: [...unavailable].sort() });
    }
    return id;
  };

  const meetingIds = new Map<string, string>();
  const usedCourses = new Set<string>();
  const toScheduleMeeting = (
    courseId: string,
    used: Set<string>,
    m: SituationMeeting,
    title: string,
  ): ScheduleMeeting => {
    const id = uniqueName(used, title);
    meetingIds.set(`${courseId}\u0000${id}`, m.id);
    const kind = m.kind === 'theme_day' ? 'extra' : m.kind;
    return {
      id,
      kind,
      title,
      ...(kind === 'working_group' && m.groupKey ? { group: m.groupKey } : {}),
      // A course has three steering meetings (ADR 9), one per third, by their number – also when some are left out.
      ...(kind === 'steering' && m.sequence >= 1 && m.sequence <= 3 ? { third: m.sequence - 1 } : {}),
      ...(m.date ? { fixed: { date: m.date, start: m.start ?? WHOLE_DAY.start, end: m.end ?? WHOLE_DAY.end } } : {}),
    };
  };

  const courses: ScheduleCourse[] = [];
  for (const course of roundCourses) {
    const id = uniqueName(usedCourses, course.municipalityName);
    const mine = (meetingsOf.get(course.id) ?? [])
      .filter((m) => m.kind !== 'theme_day' && (m.date !== null || toPlace.has(m.id)))
      .sort(byPlanOrder);
    const used = new Set<string>();
    const other = isOther(course.municipalityCode);
    courses.push({
      id,
      consultant: consultantOf(course),
      name: other ? OTHER_MUNICIPALITY : course.municipalityName,
      external: false,
      meetings: mine.map((m) => toScheduleMeeting(id, used, m, other ? OTHER_MEETING : m.title)),
    });
  }
  const roundConsultants = new Set(roundCourses.flatMap((c) => (c.consultantId ? [c.consultantId] : [])));
  for (const course of situation.courses.values()) {
    if (course.roundId === roundId || !course.consultantId || !roundConsultants.has(course.consultantId)) continue;
    const busy = (meetingsOf.get(course.id) ?? []).filter((m) => m.date !== null && inPeriod(m.date)).sort(byPlanOrder);
    if (busy.length === 0) continue;
    const id = uniqueName(usedCourses, `${course.municipalityName} (anden runde)`);
    const used = new Set<string>();
    const other = isOther(course.municipalityCode);
    courses.push({
      id,
      consultant: consultantOf(course),
      name: other ? OTHER_MUNICIPALITY : course.municipalityName,
      external: true,
      meetings: busy.map((m) => toScheduleMeeting(id, used, m, other ? OTHER_MEETING : m.title)),
    });
  }

  const themeMeetings = roundCourses.flatMap((c) => (meetingsOf.get(c.id) ?? []).filter((m) => m.kind === 'theme_day'));
  const themeDay = mostCommonDate(themeMeetings.filter((m) => m.date !== null && inPeriod(m.date)));
  const placesTheme = themeMeetings.some((m) => m.date === null && toPlace.has(m.id));
  const input: ScheduleInput = {
    period: { start: round.periodStart, end: round.periodEnd },
    holidayWeeks: round.holidayWeeks,
    maxMeetingsPerConsultantPerDay: round.maxPerDay,
    consultants,
    courses,
    themeDay: themeDay !== null || placesTheme,
    ...(themeDay !== null ? { themeDayDate: themeDay } : {}),
  };
  return { input, meetingIds, themeDay, themeMeetings };
}
