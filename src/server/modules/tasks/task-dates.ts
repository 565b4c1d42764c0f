import { addDays } from '../../time/add-days.js';

/** The Danish date and wall time of an instant (shared with the notifications' texts). */
export { danishDateAndTime } from '../../time/danish-date-and-time.js';

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
