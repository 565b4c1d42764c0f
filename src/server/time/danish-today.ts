/** Today's date (YYYY-MM-DD) in Denmark, whatever the server's own time zone. */
export function danishToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
