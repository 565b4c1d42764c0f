/**
 * An independent reading of issue 4's hard rules for the scheduler's tests:
 * its own holiday calendar (Easter computed here, not date-holidays), its own
 * date arithmetic, and a tiny reference greedy. Nothing is shared with
 * src/server/modules/scheduling except the contract types.
 */
import type { ScheduleInput, ScheduleProposal, ScheduledMeeting } from '../../src/shared/contracts/schedule.js';

const DAY_MS = 86_400_000;
const dayNo = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Danish public holidays (no Store Bededag from 2024) plus 24 and 31 December and Grundlovsdag. */
export function closedDays(year: number): Set<string> {
  const e = easter(year);
  const relative = [-3, -2, 0, 1, 39, 49, 50].map((d) => isoOf(e + d));
  return new Set([...relative, ...['01-01', '06-05', '12-24', '12-25', '12-26', '12-31'].map((md) => `${year}-${md}`)]);
}

const isClosed = (iso: string) => closedDays(Number(iso.slice(0, 4))).has(iso);
const isWeekend = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start < b.end && b.start < a.end;

/** May a meeting of this consultant be held on this date at all (the day rules)? */
function dayAllowed(input: ScheduleInput, consultants: string[], iso: string): boolean {
  if (iso < input.period.start || iso > input.period.end || isWeekend(iso) || isClosed(iso)) return false;
  if (input.holidayWeeks.some((w) => iso >= w.from && iso <= w.to)) return false;
  return consultants.every((k) => !input.consultants.find((c) => c.id === k)!.unavailable.includes(iso));
}

function thirdOf(input: ScheduleInput, iso: string): number {
  const span = dayNo(input.period.end) - dayNo(input.period.start) + 1;
  return Math.min(2, Math.floor((3 * (dayNo(iso) - dayNo(input.period.start))) / span));
}

type Plan = { meetings: ScheduledMeeting[]; themeDay?: string | undefined };

/**
 * Every hard rule a full plan breaks, attributed to the meetings that break it
 * (a rule between two meetings names both), as `course/meeting rule` – and
 * `themeDay rule` for the theme day itself. Meetings of an `external` course
 * (another round) only count on their consultant's day and on the theme day.
 */
export function ruleBreaks(input: ScheduleInput, plan: Plan): string[] {
  const out = new Set<string>();
  const info = new Map<
    string,
    { course: ScheduleInput['courses'][number]; meeting: ScheduleInput['courses'][number]['meetings'][number] }
  >();
  for (const course of input.courses)
    for (const meeting of course.meetings) info.set(`${course.id}/${meeting.id}`, { course, meeting });
  const placed = plan.meetings.filter((m) => info.has(`${m.course}/${m.id}`));
  const flag = (m: ScheduledMeeting, rule: string) => out.add(`${m.course}/${m.id} ${rule}`);
  const dayBreaks = (iso: string, consultants: string[]) => {
    const rules: string[] = [];
    if (iso < input.period.start || iso > input.period.end) rules.push('outside_period');
    if (isWeekend(iso)) rules.push('weekend');
    if (isClosed(iso)) rules.push('holiday');
    if (input.holidayWeeks.some((w) => iso >= w.from && iso <= w.to)) rules.push('holiday_week');
    if (consultants.some((k) => input.consultants.find((c) => c.id === k)!.unavailable.includes(iso)))
      rules.push('unavailable');
    return rules;
  };
  for (const m of placed) {
    const { course } = info.get(`${m.course}/${m.id}`)!;
    if (!course.external) {
      for (const rule of dayBreaks(m.date, [course.consultant])) flag(m, rule);
      if (m.start < '08:00' || m.end > '16:00') flag(m, 'working_hours');
    }
    if (plan.themeDay !== undefined && m.date === plan.themeDay) flag(m, 'theme_day');
  }
  for (const course of input.courses.filter((c) => !c.external)) {
    const mine = course.meetings
      .map((meeting) => ({ meeting, at: placed.find((p) => p.course === course.id && p.id === meeting.id) }))
      .filter((x) => x.at);
    const kickoff = mine.find((x) => x.meeting.kind === 'kickoff');
    for (const x of mine) {
      if (kickoff && x !== kickoff && `${x.at!.date} ${x.at!.start}` <= `${kickoff.at!.date} ${kickoff.at!.start}`) {
        flag(x.at!, 'kickoff_first');
        flag(kickoff.at!, 'kickoff_first');
      }
    }
    const steering = course.meetings.filter((m) => m.kind === 'steering');
    const wanted = ({ 1: [1], 2: [0, 2], 3: [0, 1, 2] } as Record<number, number[]>)[steering.length] ?? [];
    steering.forEach((m, i) => {
      const at = placed.find((p) => p.course === course.id && p.id === m.id);
      if (at && thirdOf(input, at.date) !== (m.third ?? wanted[i])) flag(at, 'steering_third');
    });
    for (const a of mine) {
      for (const b of mine) {
        if (
          a !== b &&
          a.meeting.kind === 'working_group' &&
          b.meeting.kind === 'working_group' &&
          (a.meeting.group ?? '') === (b.meeting.group ?? '')
        ) {
          if (Math.abs(dayNo(a.at!.date) - dayNo(b.at!.date)) < 21) flag(a.at!, 'group_spacing');
        }
      }
    }
  }
  const consultantOf = new Map(input.courses.map((c) => [c.id, c.consultant]));
  const byConsultantDay = new Map<string, ScheduledMeeting[]>();
  for (const m of placed) {
    const key = `${consultantOf.get(m.course)} ${m.date}`;
    byConsultantDay.set(key, [...(byConsultantDay.get(key) ?? []), m]);
  }
  for (const list of byConsultantDay.values()) {
    for (const m of list) {
      if (list.some((o) => o.course !== m.course)) flag(m, 'one_course_per_day');
      if (list.length > input.maxMeetingsPerConsultantPerDay) flag(m, 'daily_cap');
      if (list.some((o) => o !== m && overlaps(o, m))) flag(m, 'overlap');
    }
  }
  if (plan.themeDay !== undefined) {
    for (const rule of dayBreaks(
      plan.themeDay,
      input.consultants.map((c) => c.id),
    ))
      out.add(`themeDay ${rule}`);
  }
  return [...out].sort();
}

const fixedOf = (input: ScheduleInput, m: ScheduledMeeting) =>
  input.courses.find((c) => c.id === m.course)?.meetings.find((x) => x.id === m.id)?.fixed;

/**
 * Every hard rule of issue 4 a proposed plan breaks (empty = none): every
 * meeting placed once, fixed meetings and a given theme day kept, proposed
 * meetings in the day's slots, and no rule broken that the fixed meetings do
 * not already break among themselves.
 */
export function brokenRules(input: ScheduleInput, proposal: ScheduleProposal): string[] {
  if (!proposal.feasible) return [];
  const broken: string[] = [];
  const planned = new Map(proposal.meetings.map((m) => [`${m.course}/${m.id}`, m]));
  const expected = input.courses.flatMap((c) => c.meetings.map((m) => `${c.id}/${m.id}`));
  if (
    planned.size !== proposal.meetings.length ||
    expected.length !== planned.size ||
    expected.some((k) => !planned.has(k))
  ) {
    broken.push('not every meeting planned exactly once');
  }
  for (const m of proposal.meetings) {
    const fixed = fixedOf(input, m);
    const where = `${m.course}/${m.id} ${m.date} ${m.start}`;
    if (fixed && (fixed.date !== m.date || fixed.start !== m.start || fixed.end !== m.end))
      broken.push(`${where}: fixed meeting moved`);
    if (!fixed && !(m.start >= '09:00' && m.end <= '16:00' && m.start < m.end))
      broken.push(`${where}: outside the day's slots`);
  }
  if (input.themeDay && !proposal.themeDay) broken.push('no theme day');
  if (!input.themeDay && proposal.themeDay !== undefined) broken.push('theme day without themeDay');
  if (input.themeDayDate !== undefined && proposal.themeDay !== input.themeDayDate) broken.push('theme day moved');
  const already = new Set(
    ruleBreaks(input, { meetings: proposal.meetings.filter((m) => fixedOf(input, m)), themeDay: input.themeDayDate }),
  );
  broken.push(...ruleBreaks(input, proposal).filter((b) => !already.has(b)));
  return broken;
}

const REFERENCE_SLOTS = [
  { start: '09:00', end: '11:00' },
  { start: '12:00', end: '14:00' },
  { start: '14:00', end: '16:00' },
];

/**
 * The simplest greedy placement: the first allowed theme day; courses in input
 * order, the kick-off first, then input order; each meeting on the first date and
 * slot that breaks no rule with what is already placed. Null if stuck.
 */
export function referenceGreedy(input: ScheduleInput): ScheduleProposal | null {
  const dates: string[] = [];
  for (let d = dayNo(input.period.start); d <= dayNo(input.period.end); d++) dates.push(isoOf(d));
  const themeDay = input.themeDay
    ? dates.find((d) =>
        dayAllowed(
          input,
          input.consultants.map((c) => c.id),
          d,
        ),
      )
    : undefined;
  if (input.themeDay && !themeDay) return null;
  const placed: ScheduledMeeting[] = [];
  const onDay = new Map<string, ScheduledMeeting[]>();
  for (const course of input.courses) {
    const order = [...course.meetings].sort((a, b) => Number(b.kind === 'kickoff') - Number(a.kind === 'kickoff'));
    const steering = course.meetings.filter((m) => m.kind === 'steering');
    const wanted = ({ 1: [1], 2: [0, 2], 3: [0, 1, 2] } as Record<number, number[]>)[steering.length] ?? [];
    const mine: { group?: string; kind: string; at: ScheduledMeeting }[] = [];
    const allowed = dates.filter((date) => date !== themeDay && dayAllowed(input, [course.consultant], date));
    const fits = (m: (typeof order)[number], at: ScheduledMeeting) => {
      const sameDay = onDay.get(`${course.consultant} ${at.date}`) ?? [];
      if (sameDay.some((o) => o.course !== course.id || overlaps(o, at))) return false;
      if (sameDay.length >= input.maxMeetingsPerConsultantPerDay) return false;
      const kickoff = mine.find((o) => o.kind === 'kickoff');
      if (kickoff && `${at.date} ${at.start}` <= `${kickoff.at.date} ${kickoff.at.start}`) return false;
      if (m.kind === 'steering' && thirdOf(input, at.date) !== (m.third ?? wanted[steering.indexOf(m)])) return false;
      return !mine.some(
        (o) =>
          m.kind === 'working_group' &&
          o.kind === 'working_group' &&
          o.group === m.group &&
          Math.abs(dayNo(o.at.date) - dayNo(at.date)) < 21,
      );
    };
    for (const m of order) {
      const slots = m.kind === 'conference' ? [{ start: '09:00', end: '15:00' }] : REFERENCE_SLOTS;
      let at: ScheduledMeeting | undefined;
      for (const date of allowed) {
        for (const slot of slots) {
          const attempt = { course: course.id, id: m.id, date, ...slot };
          if (!at && fits(m, attempt)) at = attempt;
        }
        if (at) break;
      }
      if (!at) return null;
      placed.push(at);
      mine.push({ ...m, at });
      onDay.set(`${course.consultant} ${at.date}`, [...(onDay.get(`${course.consultant} ${at.date}`) ?? []), at]);
    }
  }
  return { feasible: true, meetings: placed, ...(themeDay ? { themeDay } : {}) };
}
