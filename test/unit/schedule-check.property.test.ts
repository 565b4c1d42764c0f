import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScheduleInput, ScheduleProposal, type ScheduledMeeting } from '../../src/shared/contracts/schedule.js';
import { checkSchedule } from '../../src/server/modules/scheduling/check-schedule.js';
import { proposeSchedule } from '../../src/server/modules/scheduling/propose-schedule.js';
import { applyMoves, isoAt, moves, round, type Moves } from './schedule-arbitraries.js';
import { brokenRules, ruleBreaks } from './schedule-rules.js';
import { word } from '../../src/shared/contracts/messages.js';
import { scheduleReasonsDa, scheduleViolationsDa } from '../../web/src/i18n/schedule-messages.da.js';

/** The production checker's answer in the independent checker's terms. */
function found(input: ScheduleInput, plan: { meetings: ScheduledMeeting[]; themeDay?: string | undefined }): string[] {
  const check = checkSchedule(input, plan);
  const keys = [
    ...check.meetings.map((v) => `${v.course}/${v.meeting} ${v.rule}`),
    ...check.themeDay.map((v) => `themeDay ${v.rule}`),
  ];
  expect(new Set(keys).size, 'one sentence per meeting and rule').toBe(keys.length);
  for (const v of [...check.meetings, ...check.themeDay])
    expect(word(scheduleViolationsDa, v.message)).toMatch(/^[A-ZÆØÅ]/);
  return keys.sort();
}

const feasibleRound = round
  .map((input) => ({ input, proposal: proposeSchedule(input) }))
  .filter((x) => x.proposal.feasible);

const plannedOf = (p: ScheduleProposal) => (p.feasible ? p.meetings : []);

// Seeded property runs are CPU-bound: seconds on an idle machine, many times that on a loaded two-core one.
describe('rule checker', { timeout: 120_000 }, () => {
  it('finds nothing in the scheduler’s proposals', () => {
    fc.assert(
      fc.property(feasibleRound, ({ input, proposal }) => {
        if (!proposal.feasible) return;
        expect(found(input, proposal)).toEqual([]);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('finds exactly what the independent checker finds in plans changed by hand', () => {
    let withBreaks = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        feasibleRound,
        moves,
        fc.option(fc.integer({ min: -5, max: 400 })),
        ({ input, proposal }, list: Moves, themeShift) => {
          if (!proposal.feasible) return;
          const meetings = applyMoves(input.period.start, proposal.meetings, list);
          const themeDay = themeShift === null ? proposal.themeDay : isoAt(input.period.start, themeShift);
          const plan = { meetings, themeDay };
          const expected = ruleBreaks(input, plan);
          expect(found(input, plan)).toEqual(expected);
          if (expected.length > 0) withBreaks += 1;
          for (const b of expected) seen.add(b.split(' ')[1]!);
        },
      ),
      { numRuns: 200, seed: 12 },
    );
    expect(withBreaks).toBeGreaterThan(100);
    // Every rule was broken somewhere, so the agreement covers them all.
    expect([...seen].sort()).toEqual(
      [
        'daily_cap',
        'group_spacing',
        'holiday',
        'holiday_week',
        'kickoff_first',
        'one_course_per_day',
        'outside_period',
        'overlap',
        'steering_third',
        'theme_day',
        'unavailable',
        'weekend',
        'working_hours',
      ].sort(),
    );
  });
});

/**
 * A round in which part of a valid plan is kept (fixed), some of it moved by
 * hand, maybe one course of another round (external) and maybe the theme day
 * already set – as a live course's proposal sees it.
 */
const roundWithFixed = fc
  .tuple(
    feasibleRound,
    fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
    fc.option(moves),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([{ input, proposal }, keep, moved, external, keepThemeDay]) => {
    const plan = applyMoves(input.period.start, plannedOf(proposal), moved ?? []);
    const at = new Map(plan.map((m) => [`${m.course}/${m.id}`, m]));
    const lastCourse = input.courses.length > 1 && external ? input.courses[input.courses.length - 1]!.id : null;
    let n = 0;
    const courses = input.courses.map((c) => ({
      ...c,
      external: c.id === lastCourse,
      meetings: c.meetings.map((m) => {
        const p = at.get(`${c.id}/${m.id}`)!;
        const fixed = c.id === lastCourse || keep[n++ % keep.length] === true;
        const inPeriod = p.date >= input.period.start && p.date <= input.period.end;
        return fixed && inPeriod ? { ...m, fixed: { date: p.date, start: p.start, end: p.end } } : m;
      }),
    }));
    // An external course keeps only its fixed meetings.
    const cleaned = courses.map((c) => (c.external ? { ...c, meetings: c.meetings.filter((m) => m.fixed) } : c));
    const themeDayDate = keepThemeDay && proposal.feasible ? proposal.themeDay : undefined;
    return {
      input: ScheduleInput.parse({ ...input, courses: cleaned, ...(themeDayDate ? { themeDayDate } : {}) }),
      handMoved: moved !== null,
    };
  });

describe('meeting scheduler – fixed meetings', { timeout: 120_000 }, () => {
  it('keeps fixed meetings and a given theme day, and breaks no rule the fixed ones do not already break', () => {
    let unmoved = 0;
    let unmovedFeasible = 0;
    let movedFeasible = 0;
    fc.assert(
      fc.property(roundWithFixed, ({ input, handMoved }) => {
        const proposal = ScheduleProposal.parse(proposeSchedule(input));
        expect(brokenRules(input, proposal)).toEqual([]);
        if (!proposal.feasible)
          expect(word(scheduleReasonsDa, proposal.reason)).toMatch(
            /^(Perioden|Ingen fælles temadag|Konsulent|Forløbet|Der blev ikke fundet)/,
          );
        if (!handMoved) {
          unmoved += 1;
          if (proposal.feasible) unmovedFeasible += 1;
        } else if (proposal.feasible) movedFeasible += 1;
      }),
      { numRuns: 120, seed: 13 },
    );
    // Keeping part of a valid plan leaves a plan to find (the rest of it); the scheduler finds one nearly always.
    expect(unmovedFeasible).toBeGreaterThanOrEqual(Math.floor(unmoved * 0.9));
    expect(movedFeasible).toBeGreaterThan(10);
  });
});
