import { demoCalendar } from '../../../src/server/seed/demo-calendar.js';
import { danishToday } from '../../../src/server/time/danish-today.js';

/** The demo as the browser tests' server seeds it: on today's date (support/app-server.ts). */
export const DEMO = demoCalendar(danishToday());

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** A demo round's deadline as the pages show it, e.g. "1. marts 2027 kl. 12.00" (deadlines are at noon). */
export function shownDeadline(deadline: Date): string {
  const iso = danishToday(deadline);
  return `${Number(iso.slice(8))}. ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)} kl. 12.00`;
}
