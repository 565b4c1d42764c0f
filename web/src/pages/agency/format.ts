import type { Messages } from '../../i18n/da.js';
import { formatClock } from '../../i18n/format.js';

/** Points as the locale writes them, at most two decimals: 13,5. */
export function formatPoints(t: Messages, n: number): string {
  return new Intl.NumberFormat(t.intlLocale, { maximumFractionDigits: 2 }).format(n);
}

/** A share between 0 and 1 as a percentage: 0,25 → 25 %. */
export function formatShare(t: Messages, share: number): string {
  return new Intl.NumberFormat(t.intlLocale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A percentage given as 0–100 (the application form's shares): 12.5 → 12,5 %. */
export function formatPercent(t: Messages, percent: number): string {
  return formatShare(t, percent / 100);
}

/** The time of day in Danish time, for "saved at" messages. */
export function formatTime(t: Messages, date: Date): string {
  return formatClock(t, date);
}
