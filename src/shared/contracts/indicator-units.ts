/**
 * What an indicator's unit allows its values to be (issue 11, point 5). The
 * unit is free text (`%`, `dage`, `antal` …); a few words are recognised:
 * per cent lies from 0 to 100, and counts of days, children or times are never
 * negative. Any other unit allows every number within the contract's magnitude.
 * The server refuses a baseline, target or measurement outside the range, and
 * the form says the range before it is sent. No Zod here: the form uses it too.
 */
export type UnitRange = { kind: 'percent'; min: 0; max: 100 } | { kind: 'count'; min: 0; max: null };

const PERCENT = new Set(['%', 'pct', 'pct.', 'procent', 'procentdel', 'andel i %', 'percent', 'per cent']);
const COUNTS = new Set([
  'antal',
  'stk',
  'stk.',
  'dage',
  'timer',
  'uger',
  'måneder',
  'gange',
  'børn',
  'personer',
  'familier',
  'forældre',
  'medarbejdere',
]);

export function unitRange(unit: string): UnitRange | null {
  const u = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  if (PERCENT.has(u)) return { kind: 'percent', min: 0, max: 100 };
  if (COUNTS.has(u)) return { kind: 'count', min: 0, max: null };
  return null;
}

/** Whether a value fits its indicator's unit. */
export function fitsUnit(value: number, unit: string): boolean {
  const range = unitRange(unit);
  if (!range) return true;
  return value >= range.min && (range.max === null || value <= range.max);
}

/** The Danish message for a value outside its unit's range (field messages are Danish, ADR 24). */
export function unitRangeMessage(unit: string): string | undefined {
  const range = unitRange(unit);
  if (!range) return undefined;
  return range.kind === 'percent'
    ? 'Skriv et tal mellem 0 og 100 – indikatoren måles i procent'
    : `Tallet kan ikke være negativt – indikatoren måles i ${unit.trim()}`;
}
