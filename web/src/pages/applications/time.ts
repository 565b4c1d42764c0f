import type { Messages } from '../../i18n/da.js';
import { formatDeadline } from '../rounds/time.js';

const ZONE = 'Europe/Copenhagen';

/** An instant in Danish time, e.g. "1. marts 2027 kl. 12.00". */
export function formatInstant(t: Messages, iso: string): string {
  return formatDeadline(t.intlLocale, iso);
}

/** The clock time in Danish time, e.g. "10.42". */
export function formatClock(t: Messages, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(t.intlLocale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(date);
}

export function isPast(iso: string, now = Date.now()): boolean {
  const time = new Date(iso).getTime();
  return Number.isFinite(time) && time <= now;
}
