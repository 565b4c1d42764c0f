const DANISH_WALL_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Danish date and wall time (HH:MM) of an instant, e.g. a round's deadline. */
export function danishDateAndTime(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(DANISH_WALL_TIME.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The instant of a Danish wall-clock time ('2027-03-02', '10:00'); a time in a daylight-saving gap moves forward. */
export function danishInstant(date: string, time: string): Date {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const wall = danishDateAndTime(new Date(asUtc));
  return new Date(asUtc - (Date.parse(`${wall.date}T${wall.time}:00Z`) - asUtc));
}
