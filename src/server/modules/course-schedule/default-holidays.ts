import type { HolidayWeekSetting } from '../../../shared/contracts/course-schedule.js';
import { toDay, toIso, weekday, type Day } from '../scheduling/index.js';

/**
 * A round's holiday weeks when the admin has set none: the Danish school
 * holidays most municipalities keep, Monday to Friday –
 * vinterferie (week 7), sommerferie (weeks 28–31), efterårsferie (week 42) and
 * juleferie (23 December – 1 January). Påskeferie is not one: Skærtorsdag,
 * Langfredag and 2. påskedag are public holidays already, and the days around
 * them are ordinary working days for the municipal staff who attend (ADR 8).
 * The holidays that touch the course period are returned, oldest first.
 */
export function defaultHolidayWeeks(periodStart: string, periodEnd: string): HolidayWeekSetting[] {
  const first = Number(periodStart.slice(0, 4));
  const last = Number(periodEnd.slice(0, 4));
  const weeks: HolidayWeekSetting[] = [];
  for (let year = first - 1; year <= last; year++) {
    weeks.push(
      { from: isoWeekDay(year, 7, 1), to: isoWeekDay(year, 7, 5), label: 'vinterferie' },
      { from: isoWeekDay(year, 28, 1), to: isoWeekDay(year, 31, 5), label: 'sommerferie' },
      { from: isoWeekDay(year, 42, 1), to: isoWeekDay(year, 42, 5), label: 'efterårsferie' },
      { from: `${year}-12-23`, to: `${year + 1}-01-01`, label: 'juleferie' },
    );
  }
  return weeks.filter((w) => w.to >= periodStart && w.from <= periodEnd).sort((a, b) => a.from.localeCompare(b.from));
}

/** The date of a weekday (1 = Monday) in an ISO week: week 1 is the week with 4 January. */
export function isoWeekDay(year: number, week: number, day: number): string {
  const jan4: Day = toDay(`${year}-01-04`);
  const mondayOfWeek1 = jan4 - (weekday(jan4) - 1);
  return toIso(mondayOfWeek1 + (week - 1) * 7 + (day - 1));
}
