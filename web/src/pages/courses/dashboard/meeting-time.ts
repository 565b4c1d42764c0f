import { formatDate, formatTimeOfDay } from '../../../i18n/format.js';
import type { Messages } from '../../../i18n/da.js';

/** "12. januar 2028 kl. 09.00–11.00", or the date alone when the time is not set. */
export function meetingTime(t: Messages, m: { date: string | null; start: string | null; end: string | null }): string {
  if (!m.date) return t.common.undated;
  const date = formatDate(t, m.date);
  return m.start && m.end ? t.courses.timeRange(date, formatTimeOfDay(t, m.start), formatTimeOfDay(t, m.end)) : date;
}

export const meetingPath = (courseId: string, meetingId: string) => `/forloeb/${courseId}/moeder/${meetingId}`;
