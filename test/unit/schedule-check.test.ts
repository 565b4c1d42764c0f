import { describe, expect, it } from 'vitest';
import { ScheduleInput } from '../../src/shared/contracts/schedule.js';
import { checkSchedule } from '../../src/server/modules/scheduling/check-schedule.js';
import { proposeSchedule } from '../../src/server/modules/scheduling/propose-schedule.js';
import { brokenRules } from './schedule-rules.js';
import { word } from '../../src/shared/contracts/messages.js';
import { scheduleReasonsDa, scheduleViolationsDa } from '../../web/src/i18n/schedule-messages.da.js';

/** Hjørring and Helsingør with one consultant, Aug 2027 – Jun 2028, efterårsferie in week 42. */
const base = {
  period: { start: '2027-08-01', end: '2028-06-30' },
  holidayWeeks: [{ from: '2027-10-18', to: '2027-10-22', label: 'efterårsferie' }],
  maxMeetingsPerConsultantPerDay: 2,
  consultants: [{ id: 'k1', unavailable: ['2027-09-01'] }],
  courses: [
    {
      id: 'c1',
      name: 'Hjørring',
      consultant: 'k1',
      meetings: [
        { id: 'kick', kind: 'kickoff', title: 'Opstartsmøde' },
        { id: 's1', kind: 'steering', title: 'Styregruppemøde 1' },
        { id: 's2', kind: 'steering', title: 'Styregruppemøde 2' },
        { id: 's3', kind: 'steering', title: 'Styregruppemøde 3' },
        { id: 'w1', kind: 'working_group', group: 'a', title: 'Arbejdsgruppemøde 1' },
        { id: 'w2', kind: 'working_group', group: 'a', title: 'Arbejdsgruppemøde 2' },
        { id: 'x1', kind: 'extra', title: 'Ekstra møde' },
      ],
    },
    {
      id: 'c2',
      name: 'Helsingør',
      consultant: 'k1',
      meetings: [{ id: 'p1', kind: 'sparring', title: 'Sparringsmøde 1' }],
    },
  ],
  themeDay: true,
};
const input = ScheduleInput.parse(base);
const at = (course: string, id: string, date: string, start = '09:00', end = '11:00') => ({
  course,
  id,
  date,
  start,
  end,
});

/** A valid plan to break one rule at a time. */
const valid = [
  at('c1', 'kick', '2027-08-02'),
  at('c1', 's1', '2027-09-06'),
  at('c1', 'w1', '2027-09-13'),
  at('c1', 'x1', '2027-09-13', '12:00', '14:00'),
  at('c1', 'w2', '2027-10-25'),
  at('c1', 's2', '2028-01-10'),
  at('c1', 's3', '2028-05-29'),
  at('c2', 'p1', '2027-09-14'),
];
/** The checker's codes as the Danish client words them (web/src/i18n/schedule-messages.da.ts). */
const messagesOf = (meetings: typeof valid, themeDay = '2028-01-20') => {
  const check = checkSchedule(input, { meetings, themeDay });
  return {
    meetings: check.meetings.map((v) => `${v.course}/${v.meeting}: ${word(scheduleViolationsDa, v.message)}`),
    themeDay: check.themeDay.map((v) => word(scheduleViolationsDa, v.message)),
  };
};
const moved = (id: string, change: Partial<(typeof valid)[number]>) =>
  valid.map((m) => (m.id === id ? { ...m, ...change } : m));

describe('rule checker – Danish sentences', () => {
  it('finds nothing in a valid plan', () => {
    expect(messagesOf(valid)).toEqual({ meetings: [], themeDay: [] });
  });

  it('sends codes with ISO dates and names, never sentences', () => {
    const check = checkSchedule(input, { meetings: moved('x1', { date: '2027-10-19' }), themeDay: '2027-09-01' });
    expect(check.meetings).toEqual([
      {
        course: 'c1',
        meeting: 'x1',
        rule: 'holiday_week',
        message: {
          code: 'holiday_week',
          params: { subject: 'meeting', from: '2027-10-18', to: '2027-10-22', label: 'efterårsferie' },
        },
      },
    ]);
    expect(check.themeDay).toEqual([
      { rule: 'unavailable', message: { code: 'theme_day_unavailable', params: { consultants: ['k1'] } } },
    ]);
  });

  it('names the holiday week, the holiday and the weekday', () => {
    expect(messagesOf(moved('x1', { date: '2027-10-19' })).meetings).toEqual([
      'c1/x1: Mødet ligger i en ferieuge (efterårsferie 18.–22. oktober)',
    ]);
    expect(messagesOf(moved('s3', { date: '2028-05-25' })).meetings).toEqual([
      'c1/s3: Mødet ligger på en helligdag (Kristi Himmelfartsdag)',
    ]);
    expect(messagesOf(moved('s3', { date: '2028-06-05' })).meetings).toEqual([
      'c1/s3: Mødet ligger på en helligdag (Anden Pinsedag)',
    ]);
    expect(messagesOf(moved('s2', { date: '2027-12-24' })).meetings).toEqual([
      'c1/s2: Mødet ligger på en helligdag (Juleaftensdag)',
    ]);
    expect(messagesOf(moved('s3', { date: '2028-05-27' })).meetings).toEqual(['c1/s3: Mødet ligger på en lørdag']);
    expect(messagesOf(moved('s1', { date: '2027-09-01' })).meetings).toEqual([
      'c1/s1: Konsulenten er ikke til rådighed denne dag',
    ]);
    expect(messagesOf(moved('s3', { date: '2028-07-03' })).meetings).toEqual([
      'c1/s3: Mødet ligger uden for forløbets periode (1. august 2027 – 30. juni 2028)',
    ]);
    expect(messagesOf(moved('x1', { start: '15:00', end: '17:00' })).meetings).toEqual([
      'c1/x1: Mødet ligger uden for arbejdstiden (08.00–16.00)',
    ]);
  });

  it('names the other municipality, the cap and the overlap on the consultant’s day', () => {
    expect(messagesOf(moved('p1', { date: '2027-09-13', start: '14:00', end: '16:00' })).meetings).toEqual([
      'c1/w1: Konsulenten har allerede et møde med Helsingør denne dag',
      'c1/w1: Konsulenten har 3 møder denne dag – højst 2',
      'c1/x1: Konsulenten har allerede et møde med Helsingør denne dag',
      'c1/x1: Konsulenten har 3 møder denne dag – højst 2',
      'c2/p1: Konsulenten har allerede et møde med Hjørring denne dag',
      'c2/p1: Konsulenten har 3 møder denne dag – højst 2',
    ]);
    expect(messagesOf(moved('x1', { start: '10:00', end: '12:00' })).meetings).toEqual([
      'c1/w1: Overlapper med Ekstra møde (10.00–12.00)',
      'c1/x1: Overlapper med Arbejdsgruppemøde 1 (09.00–11.00)',
    ]);
  });

  it('names the kick-off, the steering third and the working group’s 21 days', () => {
    expect(messagesOf(moved('kick', { date: '2027-09-07' })).meetings).toEqual([
      'c1/s1: Ligger før opstartsmødet (7. september kl. 09.00)',
      'c1/kick: Opstartsmødet skal være forløbets første møde, men 1 møde ligger før',
    ]);
    expect(messagesOf(moved('s2', { date: '2027-10-26' })).meetings).toEqual([
      'c1/s2: Styregruppemødet skal ligge i periodens midterste tredjedel (21. november 2027 – 11. marts 2028)',
    ]);
    expect(messagesOf(moved('w2', { date: '2027-10-01' })).meetings).toEqual([
      'c1/w1: Mindre end 21 dage før næste arbejdsgruppemøde (1. oktober)',
      'c1/w2: Mindre end 21 dage efter forrige arbejdsgruppemøde (13. september)',
    ]);
  });

  it('names the theme day, and what the theme day itself breaks', () => {
    expect(messagesOf(valid, '2027-09-14')).toEqual({
      meetings: ['c2/p1: Mødet ligger på temadagen (14. september)'],
      themeDay: [],
    });
    expect(messagesOf(valid, '2027-09-01').themeDay).toEqual(['Konsulent k1 er ikke til rådighed på temadagen']);
    expect(messagesOf(valid, '2027-10-20').themeDay).toEqual([
      'Temadagen ligger i en ferieuge (efterårsferie 18.–22. oktober)',
    ]);
  });

  it('leaves a course of another round to its own round, except on the consultant’s day', () => {
    const other = ScheduleInput.parse({
      ...base,
      courses: [
        ...base.courses,
        {
          id: 'c3',
          name: 'Aalborg',
          consultant: 'k1',
          external: true,
          meetings: [{ id: 'o1', kind: 'steering', fixed: { date: '2027-10-19', start: '09:00', end: '11:00' } }],
        },
      ],
    });
    const check = (date: string) =>
      checkSchedule(other, { meetings: [...valid, at('c3', 'o1', date)], themeDay: '2028-01-20' }).meetings.map(
        (v) => `${v.meeting} ${v.rule}`,
      );
    expect(check('2027-10-19')).toEqual([]);
    expect(check('2027-09-14')).toEqual(['p1 one_course_per_day', 'p1 overlap', 'o1 one_course_per_day', 'o1 overlap']);
    expect(check('2028-01-20')).toEqual(['o1 theme_day']);
  });
});

describe('meeting scheduler – fixed meetings, the theme day and extra meetings', () => {
  it('keeps fixed meetings and a given theme day, and plans around them', () => {
    const fixed = ScheduleInput.parse({
      ...base,
      courses: [
        {
          ...base.courses[0]!,
          meetings: base.courses[0]!.meetings.map((m) =>
            m.id === 's1' ? { ...m, fixed: { date: '2027-09-06', start: '08:30', end: '10:00' } } : m,
          ),
        },
        {
          ...base.courses[1]!,
          meetings: [
            { id: 'p1', kind: 'sparring', fixed: { date: '2027-08-02', start: '09:00', end: '11:00' } },
            { id: 'p2', kind: 'extra' },
          ],
        },
      ],
      themeDayDate: '2028-01-21',
    });
    const p = proposeSchedule(fixed);
    expect(brokenRules(fixed, p)).toEqual([]);
    if (!p.feasible) throw new Error(JSON.stringify(p.reason));
    expect(p.themeDay).toBe('2028-01-21');
    expect(p.meetings).toContainEqual(at('c1', 's1', '2027-09-06', '08:30', '10:00'));
    expect(p.meetings).toContainEqual(at('c2', 'p1', '2027-08-02'));
    // Helsingør has 2 August, so Hjørring's kick-off waits a day; the extra meeting is an ordinary two-hour meeting.
    expect(p.meetings.find((m) => m.id === 'kick')?.date).toBe('2027-08-03');
    expect(p.meetings.find((m) => m.id === 'p2')).toMatchObject({ start: expect.stringMatching(/^(09|12|14):00$/) });
    expect(checkSchedule(fixed, p)).toEqual({ meetings: [], themeDay: [] });
  });

  it('says when the kick-off cannot come before a fixed meeting', () => {
    const p = proposeSchedule(
      ScheduleInput.parse({
        ...base,
        consultants: [{ id: 'k1', unavailable: ['2027-08-02'] }],
        courses: [
          {
            ...base.courses[0]!,
            meetings: [
              { id: 'kick', kind: 'kickoff' },
              { id: 'p1', kind: 'sparring', fixed: { date: '2027-08-03', start: '09:00', end: '11:00' } },
            ],
          },
        ],
      }),
    );
    expect(p).toEqual({
      feasible: false,
      reason: {
        code: 'kickoff_blocked',
        params: {
          course: 'c1',
          meeting: 'kick',
          consultant: 'k1',
          fixedMeeting: 'p1',
          date: '2027-08-03',
          start: '09:00',
        },
      },
    });
    if (p.feasible) return;
    expect(word(scheduleReasonsDa, p.reason)).toBe(
      'Forløbet c1: opstartsmødet kick skal være forløbets første møde, men konsulent k1 har ingen ledig arbejdsdag før det faste møde p1 (3. august 2027 kl. 09.00).',
    );
  });

  it('never puts the theme day on a day with a fixed meeting', () => {
    const p = proposeSchedule(
      ScheduleInput.parse({
        ...base,
        period: { start: '2027-08-02', end: '2027-08-06' },
        holidayWeeks: [],
        consultants: [{ id: 'k1' }],
        courses: [
          {
            id: 'c1',
            consultant: 'k1',
            meetings: [{ id: 'a', kind: 'extra', fixed: { date: '2027-08-04', start: '09:00', end: '10:00' } }],
          },
        ],
      }),
    );
    expect(p).toMatchObject({ feasible: true, themeDay: '2027-08-03' });
  });

  it('refuses inconsistent fixed meetings with a message naming the field', () => {
    const bad = ScheduleInput.safeParse({
      ...base,
      themeDay: false,
      themeDayDate: '2028-01-21',
      courses: [
        {
          ...base.courses[0]!,
          meetings: [{ id: 'a', kind: 'extra', fixed: { date: '2029-01-01', start: '10:00', end: '09:00' } }],
        },
        { id: 'c3', consultant: 'k1', external: true, meetings: [{ id: 'o1', kind: 'extra' }] },
      ],
    });
    expect(bad.success).toBe(false);
    const issues = bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      'themeDayDate: themeDayDate kræver themeDay: true',
      'courses.0.meetings.0.fixed.date: Et fast møde skal ligge i perioden',
      'courses.0.meetings.0.fixed.end: Mødet skal slutte efter, at det begynder',
      'courses.1.meetings.0.fixed: Et eksternt forløb (external) har kun faste møder',
    ]);
  });
});
