import { describe, expect, it } from 'vitest';
import { da } from '../../../web/src/i18n/da.js';
import { en } from '../../../web/src/i18n/en.js';
import { formatClock, formatDate, formatDateTime, formatMonth, formatTimeOfDay } from '../../../web/src/i18n/format.js';
import { formatInstant } from '../../../web/src/pages/applications/time.js';
import { danishClock } from '../../../src/shared/danish-clock.js';
import { outcomeCountsDa } from '../../../src/shared/wording/outcomes.da.js';
import { scheduleDa } from '../../../web/src/i18n/schedule.da.js';
import { word } from '../../../src/shared/contracts/messages.js';
import { formatTime } from '../../../web/src/pages/agency/format.js';
import { formatDeadline, isoToDanishLocal } from '../../../web/src/pages/rounds/time.js';

// The machine runs in UTC, as CI and the test machine did: the formatter must not care.
process.env.TZ = 'UTC';

/**
 * One date and time style, always Danish time (issue 11, point 10): the
 * assessor's page showed 00.51 on a UTC machine where the receipt said 01.51.
 */
describe('dates and times in the web client', () => {
  const winter = '2026-12-07T00:51:00.000Z';
  const summer = '2027-06-30T22:30:00.000Z';

  it('runs on a machine whose own zone is UTC (the premise of the test)', () => {
    expect(new Date(winter).getHours()).toBe(0);
  });

  it('writes an instant in Copenhagen time, winter and summer, in one style', () => {
    expect(formatDateTime(da, winter)).toBe('7. december 2026 kl. 01.51');
    expect(formatDateTime(da, summer)).toBe('1. juli 2027 kl. 00.30');
    expect(formatDateTime(en, winter)).toBe('7 December 2026 at 01:51');
  });

  it('gives the receipt, the deadline, the assessor page and "saved at" the same clock time', () => {
    const clock = formatClock(da, winter);
    expect(clock).toBe('01.51');
    expect(formatTime(da, new Date(winter))).toBe(clock);
    expect(formatInstant(da, winter)).toBe(formatDateTime(da, winter));
    expect(formatDeadline(da.intlLocale, winter)).toBe(formatDateTime(da, winter));
    expect(isoToDanishLocal(winter)).toEqual({ date: '2026-12-07', time: '01:51' });
  });

  it('keeps a calendar date on its day and writes wall-clock times the Danish way', () => {
    expect(formatDate(da, '2027-03-01')).toBe('1. marts 2027');
    expect(formatMonth(da, '2027-03')).toBe('marts 2027');
    expect(formatMonth(da, '2027-03-31')).toBe('marts 2027');
    expect(formatTimeOfDay(da, '09:00:00')).toBe('09.00');
    expect(formatTimeOfDay(en, '9:30')).toBe('09:30');
  });

  it("writes a wall-clock time one way in the schedule's messages, the pages and the documents", () => {
    expect([danishClock('9:00'), danishClock('09:00'), danishClock('16:30:00'), danishClock('ikke')]).toEqual([
      '09.00',
      '09.00',
      '16.30',
      'ikke',
    ]);
    expect(
      word(scheduleDa.violationText, {
        code: 'overlap',
        params: { title: 'Styregruppemøde 1', start: '09:00', end: '11:00' },
      }),
    ).toBe('Overlapper med Styregruppemøde 1 (09.00–11.00)');
  });

  it('passes text that is not a time through unchanged', () => {
    expect(formatDateTime(da, 'ikke en dato')).toBe('ikke en dato');
    expect(formatClock(da, 'ikke en dato')).toBe('ikke en dato');
  });
});

describe('the publish confirmation', () => {
  it('counts only the outcomes that have letters, in Danish', () => {
    expect(outcomeCountsDa({ approved: 3, waitlisted: 0, rejected: 1 })).toBe('3 tilsagn og 1 afslag');
    expect(outcomeCountsDa({ approved: 2, waitlisted: 1, rejected: 1 })).toBe('2 tilsagn, 1 på venteliste og 1 afslag');
    expect(outcomeCountsDa({ approved: 1, waitlisted: 0, rejected: 0 })).toBe('1 tilsagn');
    const summary = da.agency.publish.confirmSummary(4, { approved: 3, waitlisted: 0, rejected: 1 }, 5);
    expect(summary).toContain('4 afgørelsesbreve – 3 tilsagn og 1 afslag – og e-mails til 5 modtagere.');
    expect(summary).not.toContain('0 ');
    expect(en.agency.publish.confirmSummary(1, { approved: 1, waitlisted: 0, rejected: 0 }, 1)).toContain(
      '– 1 approved –',
    );
  });
});
