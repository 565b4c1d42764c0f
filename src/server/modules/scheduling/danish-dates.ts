/** Dates in the checker's Danish sentences: "3. marts", "18.–22. oktober", "23. december – 1. januar 2028". */

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

const parts = (iso: string) => ({
  year: iso.slice(0, 4),
  month: MONTHS[Number(iso.slice(5, 7)) - 1] ?? '',
  day: Number(iso.slice(8, 10)),
});

export function formatDanishDate(iso: string, withYear: boolean): string {
  const d = parts(iso);
  return `${d.day}. ${d.month}${withYear ? ` ${d.year}` : ''}`;
}

/** A range of days, the month named once when both ends share it. */
export function formatDanishRange(from: string, to: string, withYear: boolean): string {
  if (from === to) return formatDanishDate(from, withYear);
  const a = parts(from);
  const b = parts(to);
  if (a.year === b.year && a.month === b.month) return `${a.day}.–${formatDanishDate(to, withYear)}`;
  const sameYear = a.year === b.year;
  return `${formatDanishDate(from, withYear && !sameYear)} – ${formatDanishDate(to, withYear)}`;
}
