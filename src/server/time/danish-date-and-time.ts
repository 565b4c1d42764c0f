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
