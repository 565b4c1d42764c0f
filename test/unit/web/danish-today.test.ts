import { describe, expect, it } from 'vitest';
import { danishToday } from '../../../src/shared/danish-today.js';
import { thisMonth } from '../../../web/src/pages/schedule/dates.js';

/**
 * The browser's date fields default to the same day the server's rules use:
 * today in Denmark. Between midnight in Copenhagen and midnight UTC the two
 * calendars differ – a browser journey logging a trial agreed "today" failed
 * in that hour when the log form took the browser's own date.
 */
describe('today in Denmark', () => {
  it('is already tomorrow in the hour after midnight in Copenhagen, in winter and in summer', () => {
    expect(danishToday(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(danishToday(new Date('2026-12-06T22:59:00Z'))).toBe('2026-12-06');
    expect(danishToday(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(danishToday(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
  });

  it('gives the calendar its Danish month, also on the last evening of a month in UTC', () => {
    expect(thisMonth(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(thisMonth(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01');
    expect(thisMonth(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12');
  });
});
