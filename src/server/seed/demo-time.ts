import { isDanishHoliday } from '../modules/scheduling/calendar.js';
import { addDays } from '../time/add-days.js';

/**
 * The demo's clock arithmetic. The seed is given the day it is seeded
 * (`today`, an ISO date from the caller's clock) and never reads the wall
 * clock; every date below is computed from that day or from fixed history,
 * so one `today` always gives the same demo.
 */
export { addDays };

/** Monday–Friday and not a Danish holiday (the scheduler's calendar). */
export function isWorkday(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isDanishHoliday(date);
}

/** The day itself when it is a workday, else the first workday after it. */
export function workdayFrom(date: string): string {
  let day = date;
  while (!isWorkday(day)) day = addDays(day, 1);
  return day;
}

/** The day itself when it is a workday, else the last workday before it. */
export function workdayUntil(date: string): string {
  let day = date;
  while (!isWorkday(day)) day = addDays(day, -1);
  return day;
}

/** The instant of a Danish wall-clock time (time/danish-instant.ts). */
export { danishInstant } from '../time/danish-instant.js';
