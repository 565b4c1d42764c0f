import { createRequire } from 'node:module';
import type HolidaysLibrary from 'date-holidays';

/**
 * date-holidays carries every country's rules (most of a second to import), so
 * it is loaded the first time a year's holidays are asked for, not at start
 * (ADR 20). A synchronous require keeps the calendar functions synchronous.
 */
const requireLazily = createRequire(import.meta.url);
let Holidays: typeof HolidaysLibrary | undefined;
function holidaysLibrary(): typeof HolidaysLibrary {
  Holidays ??= requireLazily('date-holidays') as typeof HolidaysLibrary;
  return Holidays;
}

/**
 * Days as whole numbers (days since 1970-01-01, UTC) so that the scheduler
 * never meets time zones or daylight saving; ISO dates only at the edges.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function toIso(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Minutes since midnight of a TT:MM time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * Days Denmark closes for that date-holidays does not list as `public`:
 * Christmas Eve and New Year's Eve (observances) and Grundlovsdag (an
 * observance, yet offices and daycare administrations close at noon or all day).
 */
const EXTRA_CLOSED = ['12-24', '12-31', '06-05'] as const;

const EXTRA_CLOSED_NAMES: Record<(typeof EXTRA_CLOSED)[number], string> = {
  '12-24': 'Juleaftensdag',
  '12-31': 'Nytårsaftensdag',
  '06-05': 'Grundlovsdag',
};

const holidaysByYear = new Map<number, ReadonlyMap<string, string>>();

/**
 * The days no meeting is held, with their Danish names: the `public` holidays
 * date-holidays gives for 'DK' (Nytårsdag, Skærtorsdag, Langfredag, Påskedag,
 * 2. påskedag, Kristi Himmelfartsdag, Pinsedag, 2. pinsedag, Juledag, 2. juledag –
 * Store Bededag is gone from 2024, as in the law) plus EXTRA_CLOSED.
 */
export function danishHolidayNames(year: number): ReadonlyMap<string, string> {
  let found = holidaysByYear.get(year);
  if (!found) {
    const library = new (holidaysLibrary())('DK', { types: ['public'] });
    const days = new Map(library.getHolidays(year).map((h) => [h.date.slice(0, 10), h.name]));
    for (const md of EXTRA_CLOSED) if (!days.has(`${year}-${md}`)) days.set(`${year}-${md}`, EXTRA_CLOSED_NAMES[md]);
    found = days;
    holidaysByYear.set(year, found);
  }
  return found;
}

/** The holiday's Danish name, or null on an ordinary day. */
export function holidayName(iso: string): string | null {
  return danishHolidayNames(Number(iso.slice(0, 4))).get(iso) ?? null;
}

export function isDanishHoliday(iso: string): boolean {
  return holidayName(iso) !== null;
}

/** Monday–Friday, not a Danish holiday, not inside one of the given closed ranges. */
export function workingDays(start: Day, end: Day, closed: ReadonlyArray<{ from: Day; to: Day }>): Day[] {
  const days: Day[] = [];
  for (let d = start; d <= end; d++) {
    if (weekday(d) > 5) continue;
    if (isDanishHoliday(toIso(d))) continue;
    if (closed.some((c) => d >= c.from && d <= c.to)) continue;
    days.push(d);
  }
  return days;
}
