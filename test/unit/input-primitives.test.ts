import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../../src/shared/contracts/dates.js';
import { MultiLineText, SingleLineText, textProblem } from '../../src/shared/contracts/text.js';
import { mustRefuseText } from '../helpers/fuzz-values.js';

/** The text and date primitives of the contracts (ADR 13), without the app. */
describe('text primitives', () => {
  it('refuse in multi-line text exactly what the independent oracle refuses, in any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 20 }),
        (s) => (textProblem(s, 'multi') !== undefined) === mustRefuseText(s),
      ),
      { seed: 9, numRuns: 500 },
    );
  });

  it('keeps one-line text on one line and stores CR LF as LF in multi-line text', () => {
    expect(SingleLineText(20).safeParse('  Navn  ').data).toBe('Navn');
    expect(SingleLineText(20).safeParse('Navn\nTo').success).toBe(false);
    expect(SingleLineText(20).safeParse('Navn\u2028To').success).toBe(false);
    expect(MultiLineText(20).parse('a\r\nb\rc\td')).toBe('a\nb\nc\td');
    expect(MultiLineText(3).safeParse('ab\r\n').data).toBe('ab');
  });
});

describe('date primitives', () => {
  it('take real calendar days from 1900 to 2100 only', () => {
    const date = IsoDate();
    for (const ok of ['1900-01-01', '2028-02-29', '2100-12-31']) expect(date.safeParse(ok).success, ok).toBe(true);
    for (const bad of [
      '1899-12-31',
      '2101-01-01',
      '2027-02-29',
      '2027-04-31',
      '2027-13-01',
      '0000-01-01',
      '2027-1-1',
      '../../etc/passwd',
      ' 2027-01-01',
    ]) {
      expect(date.safeParse(bad).success, bad).toBe(false);
    }
    expect(IsoDateTime().safeParse('2027-03-01T12:00:00+01:00').success).toBe(true);
    expect(IsoDateTime().safeParse('2027-03-01T12:00:00').success).toBe(false);
    expect(IsoDateTime().safeParse('2027-02-30T12:00:00Z').success).toBe(false);
  });

  it("stop the object's own checks when a date is malformed", () => {
    let ran = false;
    const Period = z.strictObject({ from: IsoDate(), to: IsoDate() }).superRefine(() => {
      ran = true;
    });
    expect(
      Period.safeParse({ from: '../../etc/passwd', to: '2027-01-01' }).error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['from']);
    expect(ran).toBe(false);
  });
});
