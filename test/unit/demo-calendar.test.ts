import { describe, expect, it } from 'vitest';
import { isDanishHoliday } from '../../src/server/modules/scheduling/calendar.js';
import { COURSE_YEAR_DONE_DAYS, demoCalendar, type DemoRound } from '../../src/server/seed/demo-calendar.js';
import { addDays } from '../../src/server/seed/demo-time.js';

const DANISH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const danishToday = (instant: Date) => DANISH_DATE.format(instant);
const isWorkday = (date: string) =>
  ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()) && !isDanishHoliday(date);

describe('the demo calendar', () => {
  it('lays out a consistent demo on every day from 2026 to 2030', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    for (let today = '2026-01-01'; today <= '2030-12-31'; today = addDays(today, 1)) {
      const { open, closed, underWay, signed } = demoCalendar(today);
      const deadline = (r: DemoRound) => danishToday(r.deadline);
      // The open round's deadline about three weeks ahead; the closed round's two weeks or more behind.
      check(
        deadline(open) >= addDays(today, 21) && deadline(open) <= addDays(today, 27),
        `${today}: open deadline ${deadline(open)}`,
      );
      check(
        deadline(closed) <= addDays(today, -14) && deadline(closed) >= addDays(today, -20),
        `${today}: closed deadline ${deadline(closed)}`,
      );
      for (const r of [open, closed, underWay, signed]) {
        check(isWorkday(deadline(r)), `${today}: ${r.key} deadline ${deadline(r)} is no workday`);
        check(deadline(r) < r.courseStart, `${today}: ${r.key} starts before its deadline`);
        check(['01-01', '08-01'].includes(r.courseStart.slice(5)), `${today}: ${r.key} starts ${r.courseStart}`);
      }
      // The course year under way has run long enough for everything the demo shows of it, and has weeks left.
      check(
        underWay.courseStart <= addDays(today, -COURSE_YEAR_DONE_DAYS),
        `${today}: course year began ${underWay.courseStart}`,
      );
      check(underWay.courseEnd > addDays(today, 40), `${today}: course year ends ${underWay.courseEnd}`);
      // The signed round's year begins next, its whole year ahead; decided and signed well before today.
      check(
        signed.courseStart > today && signed.courseStart > underWay.courseStart,
        `${today}: signed round starts ${signed.courseStart}`,
      );
      check(deadline(signed) <= addDays(today, -70), `${today}: signed round's deadline ${deadline(signed)}`);
      check(
        closed.courseStart > signed.courseStart && open.courseStart > closed.courseStart,
        `${today}: ${closed.courseStart}, ${open.courseStart}`,
      );
      check(new Set([open.name, closed.name, underWay.name, signed.name]).size === 4, `${today}: names`);
    }
    expect(problems).toEqual([]);
  });

  it('is the same for the same day, and refuses what is not a date', () => {
    expect(demoCalendar('2028-02-29')).toEqual(demoCalendar('2028-02-29'));
    expect(demoCalendar('2026-11-23').underWay).toMatchObject({
      name: 'August 2026 – juni 2027',
      deadline: new Date('2026-03-02T11:00:00Z'),
    });
    for (const bad of ['2027-02-29', '23-11-2026', '', '2026-11-23T10:00'])
      expect(() => demoCalendar(bad)).toThrow(/ikke en dato/);
  });
});
