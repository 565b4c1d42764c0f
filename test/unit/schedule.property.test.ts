import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScheduleInput, ScheduleProposal } from '../../src/shared/contracts/schedule.js';
import { planRound, proposeSchedule } from '../../src/server/modules/scheduling/propose-schedule.js';
import { buildModel } from '../../src/server/modules/scheduling/schedule-model.js';
import { round } from './schedule-arbitraries.js';
import { brokenRules, closedDays, referenceGreedy } from './schedule-rules.js';
import { word } from '../../src/shared/contracts/messages.js';
import { scheduleReasonsDa } from '../../web/src/i18n/schedule-messages.da.js';

/** A proposal's reason as the Danish client words it ('' when there is a plan). */
const danish = (p: ScheduleProposal) => (p.feasible ? '' : word(scheduleReasonsDa, p.reason));

const DAY_MS = 86_400_000;

// Seeded property runs are CPU-bound: seconds on an idle machine, many times that on a loaded two-core one.
describe('meeting scheduler – properties', { timeout: 120_000 }, () => {
  it('never proposes a plan that breaks a hard rule, and is feasible whenever the plain greedy is', () => {
    let feasible = 0;
    let infeasible = 0;
    fc.assert(
      fc.property(round, (input) => {
        const proposal = ScheduleProposal.parse(proposeSchedule(input));
        expect(brokenRules(input, proposal)).toEqual([]);
        if (proposal.feasible) feasible += 1;
        else
          expect(word(scheduleReasonsDa, proposal.reason)).toMatch(
            /^(Perioden|Ingen fælles temadag|Konsulent|Forløbet|Der blev ikke fundet)/,
          );
        if (!proposal.feasible) {
          infeasible += 1;
          expect(referenceGreedy(input)).toBeNull();
        }
      }),
      { numRuns: 150, seed: 9 },
    );
    expect(feasible).toBeGreaterThan(10);
    expect(infeasible).toBeGreaterThan(3);
  });

  it('the reference greedy keeps the rules too (so the comparison above means something)', () => {
    fc.assert(
      fc.property(round, (input) => {
        const greedy = referenceGreedy(input);
        if (greedy) expect(brokenRules(input, greedy)).toEqual([]);
      }),
      { numRuns: 30, seed: 5 },
    );
  });

  it('gives the same plan for the same input', () => {
    fc.assert(
      fc.property(round, (input) => {
        const again = ScheduleInput.parse(JSON.parse(JSON.stringify(input)));
        expect(proposeSchedule(again)).toEqual(proposeSchedule(input));
      }),
      { numRuns: 10, seed: 6 },
    );
  });

  it('the test calendar agrees with date-holidays on the closed days', () => {
    expect([...closedDays(2028)].sort()).toContain('2028-04-14'); // Langfredag
    expect(closedDays(2027).has('2027-05-06')).toBe(true); // Kristi Himmelfartsdag
    expect(closedDays(2024).has('2024-04-26')).toBe(false); // Store Bededag is abolished
  });
});

const plan = (input: unknown) => proposeSchedule(ScheduleInput.parse(input));
const sparring = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}`, kind: 'sparring' }));
const oneCourse = (start: string, end: string, meetings: unknown[], extra: object = {}) => ({
  period: { start, end },
  maxMeetingsPerConsultantPerDay: 1,
  consultants: [{ id: 'k1' }],
  courses: [{ id: '0820', consultant: 'k1', meetings }],
  ...extra,
});
const datesOf = (p: ScheduleProposal) => (p.feasible ? p.meetings.map((m) => m.date).sort() : []);

describe('meeting scheduler – targeted cases', { timeout: 120_000 }, () => {
  it('skips Easter: Skærtorsdag, Langfredag and 2. påskedag 2028', () => {
    const p = plan(oneCourse('2028-04-10', '2028-04-21', sparring(7)));
    expect(datesOf(p)).toEqual([
      '2028-04-10',
      '2028-04-11',
      '2028-04-12',
      '2028-04-18',
      '2028-04-19',
      '2028-04-20',
      '2028-04-21',
    ]);
    expect(plan(oneCourse('2028-04-10', '2028-04-21', sparring(8)))).toMatchObject({ feasible: false });
  });

  it('skips 24, 25, 26 and 31 December and 1 January', () => {
    const p = plan(oneCourse('2027-12-20', '2028-01-07', sparring(13)));
    expect(datesOf(p)).toEqual([
      ...['20', '21', '22', '23', '27', '28', '29', '30'].map((d) => `2027-12-${d}`),
      ...['03', '04', '05', '06', '07'].map((d) => `2028-01-${d}`),
    ]);
  });

  it('skips Grundlovsdag (5 June) and Kristi Himmelfartsdag', () => {
    expect(datesOf(plan(oneCourse('2029-06-04', '2029-06-08', sparring(4))))).toEqual([
      '2029-06-04',
      '2029-06-06',
      '2029-06-07',
      '2029-06-08',
    ]);
    expect(datesOf(plan(oneCourse('2028-05-22', '2028-05-26', sparring(4))))).not.toContain('2028-05-25');
  });

  it('keeps working-group meetings of one group 21 days apart, and says when they cannot fit', () => {
    const groups = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `w${i + 1}`, kind: 'working_group', group: 'inst-1' }));
    const p = plan(
      oneCourse('2027-09-01', '2027-11-30', [...groups(4), { id: 'x1', kind: 'working_group', group: 'inst-2' }]),
    );
    const days = datesOf({
      ...p,
      meetings: p.feasible ? p.meetings.filter((m) => m.id.startsWith('w')) : [],
    } as ScheduleProposal);
    expect(days).toHaveLength(4);
    for (let i = 1; i < days.length; i++)
      expect(Date.parse(days[i]!) - Date.parse(days[i - 1]!)).toBeGreaterThanOrEqual(21 * DAY_MS);
    const tooMany = plan(oneCourse('2027-09-01', '2027-10-15', groups(4)));
    expect(tooMany).toMatchObject({
      feasible: false,
      reason: { code: 'group_spacing_too_few_days', params: { meetings: 4, group: 'inst-1', days: 21, fits: 3 } },
    });
    expect(danish(tooMany)).toMatch(
      /^Forløbet 0820: ikke nok arbejdsdage til 4 arbejdsgruppemøder i gruppen inst-1 med 21 dages mellemrum .* højst 3/,
    );
  });

  it('plans a round without meetings, even in a period without working days', () => {
    expect(plan(oneCourse('2027-08-07', '2027-08-08', []))).toEqual({ feasible: true, meetings: [] });
  });

  it('names what blocks an impossible round in Danish', () => {
    const busy = plan(oneCourse('2027-08-02', '2027-08-13', sparring(11)));
    expect(busy).toMatchObject({
      feasible: false,
      reason: { code: 'consultant_too_few_days', params: { consultant: 'k1', courses: ['0820'], needed: 11 } },
    });
    expect(danish(busy)).toMatch(/^Konsulent k1 har for få ledige dage: forløbet 0820 kræver mindst 11 mødedage/);
    const noTheme = plan({
      ...oneCourse('2027-08-02', '2027-08-06', sparring(1), { themeDay: true }),
      consultants: [
        { id: 'k1' },
        { id: 'k2', unavailable: ['2027-08-02', '2027-08-03', '2027-08-04', '2027-08-05', '2027-08-06'] },
      ],
    });
    expect(noTheme).toMatchObject({ feasible: false, reason: { code: 'no_theme_day' } });
    expect(danish(noTheme)).toMatch(/^Ingen fælles temadag: .*\(k1 og k2\)/);
    const steering = plan({
      ...oneCourse('2027-08-02', '2027-11-30', [{ id: 's1', kind: 'steering' }]),
      holidayWeeks: [{ from: '2027-09-01', to: '2027-10-25' }],
    });
    expect(steering).toMatchObject({
      feasible: false,
      reason: { code: 'steering_third_no_day', params: { third: 1 } },
    });
    expect(danish(steering)).toMatch(/midterste tredjedel .* styregruppemødet s1/);
    const twoCourses = plan({
      ...oneCourse('2027-08-02', '2027-11-30', [{ id: 's1', kind: 'steering' }]),
      holidayWeeks: [{ from: '2027-09-01', to: '2027-10-20' }],
      courses: ['0820', '0860'].map((id) => ({ id, consultant: 'k1', meetings: [{ id: 's1', kind: 'steering' }] })),
    });
    expect(twoCourses).toMatchObject({
      feasible: false,
      reason: {
        code: 'steering_third_too_few_days',
        params: { consultant: 'k1', third: 1, free: 1, meetings: ['0820/s1', '0860/s1'] },
      },
    });
    expect(danish(twoCourses)).toBe(
      'Konsulent k1 har kun 1 ledig arbejdsdag i periodens midterste tredjedel, men styregruppemøderne 0820/s1 og 0860/s1 skal alle ligge der på hver sin dag.',
    );
  });

  it('plans rounds the spread placement gets stuck on: by the plain greedy, and by the search', () => {
    const stuck = JSON.parse(readFileSync(new URL('./schedule-stuck-rounds.json', import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const [how, raw] of Object.entries(stuck)) {
      const input = ScheduleInput.parse(raw);
      expect(planRound(buildModel(input))).toMatchObject({ placements: expect.arrayContaining([how]) });
      const p = proposeSchedule(input);
      expect(p.feasible).toBe(true);
      expect(brokenRules(input, p)).toEqual([]);
    }
  });

  it('puts the kick-off first, steering in each third, and no meeting on the theme day', () => {
    const input = ScheduleInput.parse({
      ...oneCourse('2027-08-01', '2028-06-30', [
        { id: 'm1', kind: 'kickoff' },
        ...['s1', 's2', 's3'].map((id) => ({ id, kind: 'steering' })),
        { id: 'w1', kind: 'working_group', group: 'inst-1' },
        ...sparring(3),
        { id: 'l1', kind: 'leader_sparring' },
      ]),
      holidayWeeks: [{ from: '2027-10-18', to: '2027-10-22' }],
      consultants: [{ id: 'k1', unavailable: ['2027-09-01'] }],
      themeDay: true,
    });
    const p = proposeSchedule(input);
    expect(p.feasible && p.themeDay).toBeTruthy();
    expect(brokenRules(input, p)).toEqual([]);
  });
});
