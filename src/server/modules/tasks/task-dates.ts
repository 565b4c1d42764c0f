import { addDays } from '../../time/add-days.js';

const DANISH_WALL_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Danish date and wall time (HH:MM) of an instant, e.g. a round's deadline. */
export function danishDateAndTime(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(DANISH_WALL_TIME.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The Sunday that ends the (Monday-first, Danish) week of a day. */
export function endOfWeek(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(today, weekday === 0 ? 0 : 7 - weekday);
}

/** The latest of the planned days that has passed by `today`, or null. */
export function lastPassed(dates: readonly string[], today: string): string | null {
  return (
    [...dates]
      .filter((d) => d <= today)
      .sort()
      .at(-1) ?? null
  );
}
