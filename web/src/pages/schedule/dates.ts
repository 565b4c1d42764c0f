import { danishToday } from '../../../../src/shared/danish-today.js';
import type { Messages } from '../../i18n/da.js';
import { formatDate, formatDayMonth, formatMonth as formatMonthOf, formatTimeOfDay } from '../../i18n/format.js';

/** "16. oktober 2018 kl. 09.00–11.00", or the date alone when the times are missing. */
export function formatWhen(t: Messages, date: string, start: string | null, end: string | null): string {
  const day = formatDate(t, date);
  return start && end ? t.schedule.timeRange(day, formatTimeOfDay(t, start), formatTimeOfDay(t, end)) : day;
}

const DAY_MS = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The ISO 8601 week number, as Danish calendars number weeks (week 1 holds the year's first Thursday). */
export function isoWeek(iso: string): number {
  const day = new Date(utc(iso));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const thursday = utc(iso) + (3 - weekday) * DAY_MS;
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / DAY_MS / 7) + 1;
}

/** Monday and Sunday of the date's week. */
export function weekBounds(iso: string): { monday: string; sunday: string } {
  const weekday = (new Date(utc(iso)).getUTCDay() + 6) % 7;
  const monday = utc(iso) - weekday * DAY_MS;
  return { monday: isoOf(monday), sunday: isoOf(monday + 6 * DAY_MS) };
}

/** A month as YYYY-MM: its first and last day. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: isoOf(Date.UTC(y, m, 1) - DAY_MS) };
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** This month in Denmark (YYYY-MM), the calendar's default: the service's days are Danish days. */
export function thisMonth(now = new Date()): string {
  return danishToday(now).slice(0, 7);
}

export const isMonth = (value: string | null): value is string =>
  value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export function formatMonth(t: Messages, month: string): string {
  return formatMonthOf(t, month);
}

/** "18.–24. oktober" style range for a week, in the locale. */
export function formatRange(t: Messages, from: string, to: string): string {
  return `${formatDayMonth(t.intlLocale, from, false)} – ${formatDayMonth(t.intlLocale, to, false)}`;
}
