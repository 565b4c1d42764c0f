import type { Messages } from '../../i18n/da.js';
import { formatDateTime } from '../../i18n/format.js';

export { formatClock } from '../../i18n/format.js';

/** An instant in Danish time, e.g. "1. marts 2027 kl. 12.00" (i18n/format.ts). */
export function formatInstant(t: Messages, iso: string): string {
  return formatDateTime(t, iso);
}

export function isPast(iso: string, now = Date.now()): boolean {
  const time = new Date(iso).getTime();
  return Number.isFinite(time) && time <= now;
}
