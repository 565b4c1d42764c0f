import { danishDateAndTime } from './danish-date-and-time.js';

/** The instant of a Danish wall-clock time ('2027-03-02', '10:00'); a time in a daylight-saving gap moves forward. */
export function danishInstant(date: string, time: string): Date {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const wallTime = danishDateAndTime(new Date(asUtc));
  const wall = Date.parse(`${wallTime.date}T${wallTime.time}:00Z`);
  return new Date(asUtc - (wall - asUtc));
}
