import type { Messages } from './da.js';

/** Formats an ISO date (YYYY-MM-DD) as a date in the locale, without shifting it across time zones. */
export function formatDate(t: Messages, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(t.intlLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Formats a timestamp as local date and time. */
export function formatDateTime(t: Messages, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(t.intlLocale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

export function formatNumber(t: Messages, n: number): string {
  return new Intl.NumberFormat(t.intlLocale).format(n);
}

/**
 * Pieces for wording the server's message codes (ADR 24), by the locale's Intl
 * tag rather than the loaded texts, so the message files can use them.
 */
const utc = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
};
const dateParts = (locale: string, options: Intl.DateTimeFormatOptions, iso: string) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(utc(iso));

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
