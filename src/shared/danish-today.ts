/**
 * Today's date (YYYY-MM-DD) in Denmark at `now`, whatever the time zone of the
 * machine that asks. The server's rules and the browser's date fields use the
 * same day: between midnight in Copenhagen and midnight UTC the two differ.
 */
export function danishToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
