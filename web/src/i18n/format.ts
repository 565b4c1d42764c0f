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
