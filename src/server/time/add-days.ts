/** The ISO date `days` after an ISO date (negative: before), by the calendar, whatever the time zone. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
