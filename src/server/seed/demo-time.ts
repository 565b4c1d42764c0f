/**
 * The demo's calendar. The course year of the August 2026 round is shown
 * under way as it stands on DEMO_TODAY: meetings before it are held, those
 * from it on are planned. The seed writes the same data whenever it runs (the
 * timestamps below are the demo's history, not the moment of seeding); the
 * application itself reads "today" from the clock, so on a later day the
 * dashboard simply counts more meetings as past.
 */
export const DEMO_TODAY = '2026-11-23';

const DAY_MS = 86_400_000;

/** The ISO date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The day itself when it is Monday–Friday, else the Monday after. */
export function workdayFrom(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
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
