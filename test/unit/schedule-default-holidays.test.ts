import { describe, expect, it } from 'vitest';
import { defaultHolidayWeeks, isoWeekDay } from '../../src/server/modules/course-schedule/default-holidays.js';

describe('default holiday weeks of a round', () => {
  it('are the Danish school holidays that touch the course period, without påskeferie', () => {
    expect(defaultHolidayWeeks('2019-01-01', '2019-12-31')).toEqual([
      { from: '2018-12-23', to: '2019-01-01', label: 'juleferie' },
      { from: '2019-02-11', to: '2019-02-15', label: 'vinterferie' },
      { from: '2019-07-08', to: '2019-08-02', label: 'sommerferie' },
      { from: '2019-10-14', to: '2019-10-18', label: 'efterårsferie' },
      { from: '2019-12-23', to: '2020-01-01', label: 'juleferie' },
    ]);
    expect(defaultHolidayWeeks('2027-08-09', '2027-10-17')).toEqual([]);
  });

  it('count weeks as Danish calendars do (ISO 8601)', () => {
    expect(isoWeekDay(2026, 1, 1)).toBe('2025-12-29');
    expect(isoWeekDay(2021, 1, 1)).toBe('2021-01-04');
    expect(isoWeekDay(2020, 53, 5)).toBe('2021-01-01');
    expect(isoWeekDay(2027, 42, 1)).toBe('2027-10-18');
    expect(isoWeekDay(2028, 7, 5)).toBe('2028-02-18');
  });
});
