/**
 * A wall-clock time as Danes write it, the one style of every page, letter and
 * message (issue 11, point 10): two-digit hour, a full stop, minutes –
 * '9:00', '09:00' and '09:00:00' all read "09.00". The time is Danish time
 * already (a meeting's start); an instant goes through the formatters that
 * convert to Europe/Copenhagen first.
 */
export function danishClock(time: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) return time;
  const [, hour = '', minute = ''] = match;
  return `${hour.padStart(2, '0')}.${minute}`;
}
