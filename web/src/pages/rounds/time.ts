import { copenhagenOffset as offsetAt, copenhagenParts, formatDateTime } from '../../i18n/format.js';

/* Danish local time for the round deadline: the service's deadlines are noon in Copenhagen. */

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h = 0, m = 0] = offset.slice(1).split(':').map(Number);
  return sign * (h * 60 + m);
}

/**
 * A date (YYYY-MM-DD) and a 24-hour time (tt:mm or tt.mm) read as Danish
 * local time, as an ISO string with that day's offset (summer or winter
 * time). Null when either part is malformed.
 */
export function danishLocalToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [h, mi] = [Number(t[1]), Number(t[2])];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, da, h, mi);
  // The offset at the guessed instant, then at the corrected one (right on either side of a change).
  const first = offsetAt(asUtc - offsetMinutes(offsetAt(asUtc)) * 60_000);
  const offset = offsetAt(asUtc - offsetMinutes(first) * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d[1]}-${d[2]}-${d[3]}T${pad(h)}:${pad(mi)}:00${offset}`;
}

/** An instant as Danish local date (YYYY-MM-DD) and time (tt:mm), for the form. */
export function isoToDanishLocal(iso: string): { date: string; time: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { date: '', time: '' };
  const p = copenhagenParts(date);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The deadline as Danish time, e.g. "1. marts 2027 kl. 12.00". */
export function formatDeadline(intlLocale: string, iso: string): string {
  return formatDateTime(intlLocale, iso);
}
