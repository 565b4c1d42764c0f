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

const DANISH_WALL_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The instant of a Danish wall-clock time (the demo's times are daytime, never in a daylight-saving gap). */
export function danishInstant(date: string, time: string): Date {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const parts = Object.fromEntries(DANISH_WALL_TIME.formatToParts(new Date(asUtc)).map((p) => [p.type, p.value]));
  const wall = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`);
  return new Date(asUtc - (wall - asUtc));
}
