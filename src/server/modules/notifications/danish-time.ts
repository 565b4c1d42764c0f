import { danishDateAndTime } from '../../time/danish-date-and-time.js';

const DAY = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '2027-03-02' → 'tirsdag den 2. marts 2027'. */
export function danishDay(date: string): string {
  return DAY.format(Date.parse(`${date}T12:00:00Z`));
}

/** A meeting's day and time in Danish: 'tirsdag den 2. marts 2027 kl. 10.00–12.00'. */
export function danishWhen(date: string, start: string | null, end: string | null): string {
  const dot = (t: string) => t.slice(0, 5).replace(':', '.');
  if (!start) return danishDay(date);
  return `${danishDay(date)} kl. ${dot(start)}${end ? `–${dot(end)}` : ''}`;
}

/** An instant in Danish, e.g. a deadline: 'mandag den 1. marts 2027 kl. 12.00'. */
export function danishMoment(at: Date): string {
  const { date, time } = danishDateAndTime(at);
  return danishWhen(date, time, null);
}
