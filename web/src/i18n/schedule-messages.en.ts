import type { Wording } from '../../../src/shared/contracts/messages.js';
import type { ScheduleReasonMessage, ScheduleViolationMessage } from '../../../src/shared/contracts/schedule.js';
import { formatDayMonth, formatDayRange, formatList, formatWeekday } from './format.js';

/** The scheduler's and the checker's message codes in English (ADR 24); the same codes as schedule-messages.da.ts. */

const L = 'en-GB';
const THIRDS = ['first', 'middle', 'last'] as const;
const third = (n: number) => THIRDS[n] ?? '';
const subject = (s: 'meeting' | 'theme_day') => (s === 'meeting' ? 'The meeting' : 'The theme day');
const day = (iso: string, withYear = false) => formatDayMonth(L, iso, withYear);
const list = (items: readonly string[]) => formatList(L, items);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const period = (p: { from: string; to: string }) => `${p.from}–${p.to}`;

export const scheduleViolationsEn: Wording<ScheduleViolationMessage> = {
  outside_period: (p) =>
    `${subject(p.subject)} lies outside the course period (${formatDayRange(L, p.from, p.to, true)})`,
  weekend: (p) => `${subject(p.subject)} falls on a ${formatWeekday(L, p.date)}`,
  holiday: (p) => `${subject(p.subject)} falls on a public holiday (${p.holiday})`,
  holiday_week: (p) => {
    const range = formatDayRange(L, p.from, p.to, false);
    return `${subject(p.subject)} falls in a holiday week (${p.label ? `${p.label} ${range}` : range})`;
  },
  consultant_unavailable: () => 'The consultant is not available that day',
  theme_day_unavailable: ({ consultants }) =>
    consultants.length === 0
      ? 'A consultant of the round is not available on the theme day'
      : `${consultants.length === 1 ? 'Consultant' : 'Consultants'} ${list(consultants)} ${consultants.length === 1 ? 'is' : 'are'} not available on the theme day`,
  working_hours: (p) => `The meeting lies outside working hours (${p.start}–${p.end})`,
  on_theme_day: (p) => `The meeting falls on the theme day (${day(p.date)})`,
  not_on_theme_day: (p) => `The theme day is not on the round's common theme day (${day(p.date, true)})`,
  before_kickoff: (p) => `Comes before the kick-off meeting (${day(p.date)} at ${p.start})`,
  kickoff_not_first: (p) =>
    `The kick-off must be the course's first meeting, but ${plural(p.before, 'meeting comes', 'meetings come')} before it`,
  steering_third: (p) =>
    `The steering meeting must lie in the ${third(p.third)} third of the period (${formatDayRange(L, p.from, p.to, true)})`,
  group_spacing_after: (p) => `Less than ${p.days} days after the previous working-group meeting (${day(p.date)})`,
  group_spacing_before: (p) => `Less than ${p.days} days before the next working-group meeting (${day(p.date)})`,
  one_course_per_day: (p) =>
    `The consultant already has a meeting with ${list(p.courses.map((c) => ('name' in c ? c.name : `course ${c.id}`)))} that day`,
  daily_cap: (p) => `The consultant has ${plural(p.meetings, 'meeting', 'meetings')} that day – at most ${p.max}`,
  overlap: (p) => `Overlaps with ${p.title} (${p.start}–${p.end})`,
};

export const scheduleReasonsEn: Wording<ScheduleReasonMessage> = {
  period_over: (p) =>
    `The period ${period(p)} is over, so no dates can be proposed. Place the meetings yourself with Move if they need a date.`,
  no_working_days: (p) => `The period ${period(p)} has no working days outside public holidays and holiday weeks.`,
  no_theme_day: (p) =>
    `No common theme day: there is no working day in the period ${period(p)} on which every consultant (${list(p.consultants)}) is free and no meeting is placed.`,
  kickoff_blocked: (p) =>
    `Course ${p.course}: the kick-off meeting ${p.meeting} must be the course's first meeting, but consultant ` +
    `${p.consultant} has no free working day before the fixed meeting ${p.fixedMeeting} (${p.date} at ${p.start}).`,
  consultant_no_days: (p) => `Consultant ${p.consultant} has no free working days in the period ${period(p)}.`,
  steering_third_over: (p) =>
    `Course ${p.course}: the steering meeting ${p.meeting} must lie in the ${third(p.third)} third of the period, ` +
    `which ended ${p.ended}. Place it yourself with Move.`,
  steering_third_no_day: (p) =>
    `Course ${p.course}: consultant ${p.consultant} has no free working day ` +
    `in the ${third(p.third)} third of the period${p.from && p.to ? ` (${p.from}–${p.to})` : ''} for the steering meeting ${p.meeting}.`,
  steering_third_too_few_days: (p) =>
    `Consultant ${p.consultant} has only ${plural(p.free, 'free working day', 'free working days')} ` +
    `in the ${third(p.third)} third of the period, but the steering meetings ${list(p.meetings)} must all lie there, each on its own day.`,
  group_spacing_too_few_days: (p) =>
    `Course ${p.course}: not enough working days for ${p.meetings} working-group meetings${p.group ? ` in the group ${p.group}` : ''} ` +
    `${p.days} days apart in the period ${period(p)} – there is room for at most ${p.fits}.`,
  consultant_too_few_days: (p) =>
    `Consultant ${p.consultant} has too few free days: ${p.courses.length === 1 ? 'the course' : 'the courses'} ${list(p.courses)} ` +
    `need at least ${p.needed} meeting days (at most ${p.perDay} meetings a day and one course a day), ` +
    `but there are only ${p.free} free working days${p.besidesThemeDay ? ' besides the theme day' : ''}.`,
  search_failed: (p) =>
    `No plan keeping every rule was found for the courses of consultant ${p.consultant} (${p.courses.join(', ')}) ` +
    `(neither greedy placement nor a search of up to ${new Intl.NumberFormat(L).format(p.attempts)} attempts). ` +
    'Give the consultants more free days, fewer meetings or a longer period.',
  steering_third_ended: (p) =>
    `Must lie in the ${third(p.third)} third of the period, which ended ${day(p.ended, true)}. Give the meeting a date with Move.`,
};
