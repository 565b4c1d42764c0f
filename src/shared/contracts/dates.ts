import { z } from 'zod';

/**
 * Dates and points in time as every request contract takes them (ADR 13).
 *
 * Parsed strictly: the exact ISO form, a real calendar day (no 2027-02-30,
 * no 2027-13-45) and a year from 1900 to 2100, so that no date reaching the
 * database or the calendar arithmetic can be refused there. A refusal aborts
 * the object's own cross-field checks (from ≤ to, at most two years …), which
 * therefore only ever see real dates.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const yearMessage = `Datoen skal ligge mellem år ${MIN_YEAR} og ${MAX_YEAR}`;
const missing = 'Feltet skal udfyldes';
const inRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

/** A calendar date, `ÅÅÅÅ-MM-DD`. */
export const IsoDate = (message = 'Skriv en dato, der findes, som ÅÅÅÅ-MM-DD') =>
  z.iso
    .date({ error: (issue) => (issue.input === undefined ? missing : message), abort: true })
    .refine(inRange, { error: yearMessage, abort: true });

/** A point in time with its time zone, e.g. `2027-03-01T12:00:00+01:00` or `…Z`. */
export const IsoDateTime = (message = 'Skriv et tidspunkt med tidszone, fx 2027-03-01T12:00:00+01:00') =>
  z.iso
    .datetime({ offset: true, error: (issue) => (issue.input === undefined ? missing : message), abort: true })
    .refine(inRange, { error: yearMessage, abort: true });
