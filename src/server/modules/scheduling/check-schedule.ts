import type {
  ScheduleInput,
  SchedulePlacement,
  ScheduleRule,
  ScheduleViolationMessage,
  ScheduledMeeting,
} from '../../../shared/contracts/schedule.js';
import { holidayName, toDay, toIso, weekday } from './calendar.js';
import { GROUP_SPACING_DAYS, STEERING_THIRDS, thirdOf } from './schedule-model.js';

/** Meetings are held between these times; the proposals keep to 09:00–16:00. */
export const WORKING_HOURS = { start: '08:00', end: '16:00' } as const;

export interface ScheduleViolation {
  course: string;
  meeting: string;
  rule: ScheduleRule;
  /** For the people who see the meeting: a code with parameters, worded by the client. */
  message: ScheduleViolationMessage;
}

export interface ScheduleCheck {
  /** Every broken rule of every placed meeting, at most one message per meeting and rule. */
  meetings: ScheduleViolation[];
  /** Rules the theme day itself breaks (a day rule for one of the round's consultants). */
  themeDay: { rule: ScheduleRule; message: ScheduleViolationMessage }[];
}

interface Placed extends ScheduledMeeting {
  key: string;
  kind: string;
  group: string;
  title: string;
  courseName: string | null;
  consultant: string;
  external: boolean;
  /** Steering meetings: their place among the course's steering meetings (input order). */
  /** Steering only: the third it belongs to (given, or by the order of the course's steering meetings). */
  steeringThird: number | undefined;
  day: number;
}

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start < b.end && b.start < a.end;
/** Groups a list by a key, keeping the list's order (Map.groupBy is not in Node 20). */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The placed meetings with what the rules need to know about them; meetings the input does not have are ignored. */
function placedMeetings(input: ScheduleInput, placement: SchedulePlacement): Placed[] {
  const byKey = new Map<string, Placed>();
  for (const course of input.courses) {
    const steering = course.meetings.filter((m) => m.kind === 'steering');
    for (const m of course.meetings) {
      byKey.set(`${course.id}\u0000${m.id}`, {
        key: `${course.id}\u0000${m.id}`,
        course: course.id,
        id: m.id,
        date: '',
        start: '',
        end: '',
        kind: course.external ? 'extra' : m.kind,
        group: m.group ?? '',
        title: m.title ?? m.id,
        courseName: course.name ?? null,
        consultant: course.consultant,
        external: course.external,
        steeringThird: m.third ?? (STEERING_THIRDS[steering.length] ?? [])[steering.indexOf(m)],
        day: 0,
      });
    }
  }
  const placed: Placed[] = [];
  for (const p of placement.meetings) {
    const known = byKey.get(`${p.course}\u0000${p.id}`);
    if (known) placed.push({ ...known, date: p.date, start: p.start, end: p.end, day: toDay(p.date) });
  }
  return placed;
}

/** The day rules (period, weekday, holiday, holiday week, unavailable) for one date, as [rule, message] pairs. */
function dayRules(
  input: ScheduleInput,
  iso: string,
  unavailable: (iso: string) => ScheduleViolationMessage | null,
  subject: 'meeting' | 'theme_day',
): [ScheduleRule, ScheduleViolationMessage][] {
  const found: [ScheduleRule, ScheduleViolationMessage][] = [];
  const { start, end } = input.period;
  if (iso < start || iso > end) {
    found.push(['outside_period', { code: 'outside_period', params: { subject, from: start, to: end } }]);
  }
  if (weekday(toDay(iso)) > 5) found.push(['weekend', { code: 'weekend', params: { subject, date: iso } }]);
  const holiday = holidayName(iso);
  if (holiday !== null) found.push(['holiday', { code: 'holiday', params: { subject, holiday } }]);
  const week = input.holidayWeeks.find((w) => iso >= w.from && iso <= w.to);
  if (week) {
    found.push([
      'holiday_week',
      { code: 'holiday_week', params: { subject, from: week.from, to: week.to, label: week.label ?? null } },
    ]);
  }
  const who = unavailable(iso);
  if (who !== null) found.push(['unavailable', who]);
  return found;
}

/**
 * Every hard rule of issue 4 that a full placement breaks, per meeting, as
 * message codes with parameters – for plans people changed by hand (moved meetings) and for
 * the one calendar across courses. A proposal of `proposeSchedule` breaks none
 * (property-tested); rules that involve two meetings are reported on both.
 */
export function checkSchedule(input: ScheduleInput, placement: SchedulePlacement): ScheduleCheck {
  const placed = placedMeetings(input, placement);
  const found = new Map<string, ScheduleViolation>();
  const report = (m: Placed, rule: ScheduleRule, message: ScheduleViolationMessage) => {
    const key = `${m.key}\u0000${rule}`;
    if (!found.has(key)) found.set(key, { course: m.course, meeting: m.id, rule, message });
  };
  const unavailableOf = new Map(input.consultants.map((c) => [c.id, new Set(c.unavailable)]));
  const themeDay = placement.themeDay;

  for (const m of placed) {
    if (!m.external) {
      const away = (iso: string): ScheduleViolationMessage | null =>
        unavailableOf.get(m.consultant)?.has(iso) ? { code: 'consultant_unavailable', params: {} } : null;
      for (const [rule, message] of dayRules(input, m.date, away, 'meeting')) report(m, rule, message);
      if (m.start < WORKING_HOURS.start || m.end > WORKING_HOURS.end) {
        report(m, 'working_hours', { code: 'working_hours', params: { ...WORKING_HOURS } });
      }
    }
    if (themeDay !== undefined && m.date === themeDay)
      report(m, 'theme_day', { code: 'on_theme_day', params: { date: themeDay } });
  }

  const byCourse = groupBy(
    placed.filter((m) => !m.external),
    (m) => m.course,
  );
  for (const mine of byCourse.values()) {
    checkKickoff(mine, report);
    checkSteering(input, mine, report);
    checkGroups(mine, report);
  }
  for (const sameDay of groupBy(placed, (m) => `${m.consultant}\u0000${m.date}`).values()) {
    checkConsultantDay(input, sameDay, report);
  }

  const themeProblems: ScheduleCheck['themeDay'] = [];
  if (themeDay !== undefined) {
    const away = (iso: string): ScheduleViolationMessage | null => {
      const absent = input.consultants.filter((c) => c.unavailable.includes(iso)).map((c) => c.id);
      return absent.length > 0 ? { code: 'theme_day_unavailable', params: { consultants: absent } } : null;
    };
    for (const [rule, message] of dayRules(input, themeDay, away, 'theme_day')) themeProblems.push({ rule, message });
  }
  return { meetings: [...found.values()], themeDay: themeProblems };
}

type Report = (m: Placed, rule: ScheduleRule, message: ScheduleViolationMessage) => void;
const startKey = (m: Placed) => `${m.date} ${m.start}`;

/** The kick-off strictly before every other meeting of its course (date and start time). */
function checkKickoff(mine: Placed[], report: Report): void {
  const kickoff = mine.find((m) => m.kind === 'kickoff');
  if (!kickoff) return;
  const before = mine.filter((m) => m !== kickoff && startKey(m) <= startKey(kickoff));
  for (const m of before) {
    report(m, 'kickoff_first', { code: 'before_kickoff', params: { date: kickoff.date, start: kickoff.start } });
  }
  if (before.length > 0) {
    report(kickoff, 'kickoff_first', { code: 'kickoff_not_first', params: { before: before.length } });
  }
}

/** With three steering meetings one in each third (input order); two: first and last; one: the middle. */
function checkSteering(input: ScheduleInput, mine: Placed[], report: Report): void {
  const steering = mine.filter((m) => m.kind === 'steering');
  if (steering.length === 0) return;
  const period = { start: toDay(input.period.start), end: toDay(input.period.end) };
  for (const m of steering) {
    const third = m.steeringThird;
    if (third === undefined || thirdOf(period, m.day) === third) continue;
    let first = period.start;
    while (thirdOf(period, first) < third) first += 1;
    let last = period.end;
    while (thirdOf(period, last) > third) last -= 1;
    report(m, 'steering_third', { code: 'steering_third', params: { third, from: toIso(first), to: toIso(last) } });
  }
}

/** Working-group meetings of the same group at least 21 days apart (both are reported). */
function checkGroups(mine: Placed[], report: Report): void {
  const groups = groupBy(
    mine.filter((m) => m.kind === 'working_group'),
    (m) => m.group,
  );
  for (const group of groups.values()) {
    for (const m of group) {
      const near = group.filter((o) => o !== m && Math.abs(o.day - m.day) < GROUP_SPACING_DAYS);
      if (near.length === 0) continue;
      const earlier = near.filter((o) => o.day <= m.day).sort((a, b) => b.day - a.day)[0];
      const later = near.filter((o) => o.day > m.day).sort((a, b) => a.day - b.day)[0];
      const message: ScheduleViolationMessage = earlier
        ? { code: 'group_spacing_after', params: { days: GROUP_SPACING_DAYS, date: earlier.date } }
        : { code: 'group_spacing_before', params: { days: GROUP_SPACING_DAYS, date: later!.date } };
      report(m, 'group_spacing', message);
    }
  }
}

/** One course a day per consultant, at most the cap, never two meetings at overlapping times. */
function checkConsultantDay(input: ScheduleInput, sameDay: Placed[], report: Report): void {
  if (sameDay.length < 2) return;
  const courses = new Set(sameDay.map((m) => m.course));
  for (const m of sameDay) {
    if (courses.size > 1) {
      const others = [
        ...new Map(
          sameDay.filter((o) => o.course !== m.course).map((o) => [o.courseName ?? `\u0000${o.course}`, o]),
        ).values(),
      ].map((o) => (o.courseName === null ? { id: o.course } : { name: o.courseName }));
      report(m, 'one_course_per_day', { code: 'one_course_per_day', params: { courses: others } });
    }
    if (sameDay.length > input.maxMeetingsPerConsultantPerDay) {
      report(m, 'daily_cap', {
        code: 'daily_cap',
        params: { meetings: sameDay.length, max: input.maxMeetingsPerConsultantPerDay },
      });
    }
    const clash = sameDay.find((o) => o !== m && overlaps(o, m));
    if (clash)
      report(m, 'overlap', { code: 'overlap', params: { title: clash.title, start: clash.start, end: clash.end } });
  }
}
