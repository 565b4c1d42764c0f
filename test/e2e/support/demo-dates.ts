import { defaultHolidayWeeks } from '../../../src/server/modules/course-schedule/default-holidays.js';
import { demoCalendar, type DemoRound } from '../../../src/server/seed/demo-calendar.js';
import { addDays } from '../../../src/server/seed/demo-time.js';
import { danishToday } from '../../../src/server/time/danish-today.js';

/** The demo as the browser tests' server seeds it: on today's date (support/app-server.ts). */
export const DEMO = demoCalendar(danishToday(new Date()));

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** A demo round's deadline as the pages show it, e.g. "1. marts 2027 kl. 12.00" (deadlines are at noon). */
export function shownDeadline(deadline: Date): string {
  const iso = danishToday(deadline);
  return `${Number(iso.slice(8))}. ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)} kl. 12.00`;
}

/** The winter holiday (week 7) in a round's course year: its Tuesday, and the week as the scheduler names it ("15.–19. februar"). */
export function winterHoliday(round: DemoRound): { tuesday: string; shown: string } {
  const week = defaultHolidayWeeks(round.courseStart, round.courseEnd).find((w) => w.label === 'vinterferie');
  if (!week) throw new Error(`no winter holiday in ${round.name}`);
  return {
    tuesday: addDays(week.from, 1),
    shown: `${Number(week.from.slice(8))}.–${Number(week.to.slice(8))}. februar`,
  };
}
