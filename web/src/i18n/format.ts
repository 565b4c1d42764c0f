import { danishClock } from '../../../src/shared/danish-clock.js';
import type { Messages } from './da.js';

/**
 * Dates and times as people read them, in one style, always in Danish time.
 *
 * Indsats is a Danish service: a deadline, a receipt and an assessor's page
 * say the same clock time whichever time zone the browser (or a test machine)
 * is in. Every date and time the web client shows goes through this file; a
 * lint rule (eslint.config.js) forbids `Intl.DateTimeFormat` and
 * `toLocale(Date|Time)String` elsewhere in web/src.
 *
 *   a calendar date (YYYY-MM-DD)   formatDate        "3. marts 2027"
 *   an instant (ISO timestamp)     formatDateTime    "3. marts 2027 kl. 12.00"
 *   the clock of an instant        formatClock       "12.00"
 *   a wall-clock time (tt:mm:ss)   formatTimeOfDay   "09.00"
 *   a month (YYYY-MM)              formatMonth       "marts 2027"
 */
export const TIME_ZONE = 'Europe/Copenhagen';

const cache = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const instant = (value: string | Date): Date | null => {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * A calendar date (YYYY-MM-DD) has no time zone: it is formatted as the day
 * it names (at UTC midnight, formatted in UTC), never shifted a day.
 */
const utc = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
};
const dateParts = (locale: string, options: Intl.DateTimeFormatOptions, iso: string) =>
  dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(utc(iso));

/** A calendar date (YYYY-MM-DD): "3. marts 2027". */
export function formatDate(t: Messages, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return dateParts(t.intlLocale, { day: 'numeric', month: 'long', year: 'numeric' }, isoDate);
}

/** An instant in Danish time: "3. marts 2027 kl. 12.00" ("3 March 2027 at 12:00"). */
export function formatDateTime(t: Messages | string, value: string | Date): string {
  const date = instant(value);
  if (!date) return String(value);
  const locale = typeof t === 'string' ? t : t.intlLocale;
  return dateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** The clock time of an instant in Danish time: "10.42" ("10:42"). */
export function formatClock(t: Messages, value: string | Date): string {
  const date = instant(value);
  if (!date) return String(value);
  return dateTimeFormat(t.intlLocale, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/**
 * A wall-clock time the server sends as Danish time already (a meeting's
 * start, "09:00:00"), written as the locale writes times: "09.00" ("09:00").
 */
export function formatTimeOfDay(t: Messages, time: string): string {
  const danish = danishClock(time);
  if (danish === time) return time;
  return t.intlLocale.startsWith('da') ? danish : danish.replace('.', ':');
}

/** A month (YYYY-MM or a date in it): "marts 2027". */
export function formatMonth(t: Messages, month: string): string {
  return dateParts(t.intlLocale, { month: 'long', year: 'numeric' }, `${month.slice(0, 7)}-01`);
}

/** An instant's date and time of day in Danish time, as numbers (for forms and offsets). */
export function copenhagenParts(date: Date): {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
} {
  const parts = dateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Denmark's offset from UTC at an instant, as "+01:00" (winter) or "+02:00" (summer). */
export function copenhagenOffset(at: number): string {
  const part = dateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(at))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}:\d{2})/.exec(part ?? '');
  return match?.[1] ?? '+00:00';
}

export function formatNumber(t: Messages, n: number): string {
  return new Intl.NumberFormat(t.intlLocale).format(n);
}

/**
 * Pieces for wording the server's message codes (ADR 24), by the locale's Intl
 * tag rather than the loaded texts, so the message files can use them.
 */

/** "3. marts" / "3 March", with the year when asked: "3. marts 2027". */
export function formatDayMonth(locale: string, iso: string, withYear: boolean): string {
  return dateParts(locale, { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) }, iso);
}

/** A range of days, the month named once when both ends share it: "18.–22. oktober", "23. december – 1. januar 2028". */
export function formatDayRange(locale: string, from: string, to: string, withYear: boolean): string {
  if (from === to) return formatDayMonth(locale, from, withYear);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  if (sameYear && from.slice(5, 7) === to.slice(5, 7)) {
    return `${dateParts(locale, { day: 'numeric' }, from)}–${formatDayMonth(locale, to, withYear)}`;
  }
  return `${formatDayMonth(locale, from, withYear && !sameYear)} – ${formatDayMonth(locale, to, withYear)}`;
}

/** The weekday's name: "lørdag" / "Saturday". */
export function formatWeekday(locale: string, iso: string): string {
  return dateParts(locale, { weekday: 'long' }, iso);
}

/** "a, b og c" / "a, b and c". */
export function formatList(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
