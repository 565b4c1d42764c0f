/**
 * Issue 4's figure: one round of 5 courses × 40 meetings with 3 shared
 * consultants, a theme day and realistic holiday weeks (Aug 2027–Jun 2028),
 * scheduled in under 2 seconds. Times the whole proposal as the CLI and the
 * web page call it, over several runs, and checks that the plan is complete.
 */
import { performance } from 'node:perf_hooks';
import { ScheduleInput, type MeetingKind } from '../src/shared/contracts/schedule.js';
import { checkSchedule } from '../src/server/modules/scheduling/check-schedule.js';
import { planRound, proposeSchedule } from '../src/server/modules/scheduling/propose-schedule.js';
import { buildModel } from '../src/server/modules/scheduling/schedule-model.js';

export const SCHEDULE_PLAN = { courses: 5, meetingsPerCourse: 40, consultants: 3, runs: 20 } as const;

/** The typical plan of the seed: kick-off, 3 steering, 9 + 9 working groups, sparring, leader sparring, 2 conferences. */
function typicalCourse(): { id: string; kind: MeetingKind; group?: string }[] {
  const series = (prefix: string, kind: MeetingKind, n: number, group?: string) =>
    Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, kind, ...(group ? { group } : {}) }));
  return [
    { id: 'opstart', kind: 'kickoff' },
    ...series('styr', 'steering', 3),
    ...series('ag-a', 'working_group', 9, 'inst-a'),
    ...series('ag-b', 'working_group', 9, 'inst-b'),
    ...series('spar', 'sparring', 10),
    ...series('leder', 'leader_sparring', 6),
    ...series('konf', 'conference', 2),
  ];
}

export function benchRound(): ScheduleInput {
  const consultants = ['k1', 'k2', 'k3'];
  return ScheduleInput.parse({
    period: { start: '2027-08-01', end: '2028-06-30' },
    holidayWeeks: [
      { from: '2027-10-18', to: '2027-10-22' }, // efterårsferie (uge 42)
      { from: '2027-12-20', to: '2028-01-02' }, // juleferie
      { from: '2028-02-14', to: '2028-02-18' }, // vinterferie (uge 7)
      { from: '2028-04-10', to: '2028-04-17' }, // påskeferie
    ],
    maxMeetingsPerConsultantPerDay: 2,
    consultants: consultants.map((id, i) => ({
      id,
      // Courses, leave and other work: about one day in five taken, differently per consultant.
      unavailable: Array.from({ length: 48 }, (_, d) =>
        new Date(Date.UTC(2027, 7, 3 + i + d * 7)).toISOString().slice(0, 10),
      ),
    })),
    courses: ['0820', '0860', '0370', '0151', '0461'].map((id, i) => ({
      id,
      consultant: consultants[i % consultants.length],
      meetings: typicalCourse(),
    })),
    themeDay: true,
  });
}

export interface ScheduleBenchResult {
  plan: typeof SCHEDULE_PLAN;
  proposalMs: { median: number; p95: number; max: number };
  feasible: boolean;
  meetingsPlanned: number;
  placements: string[];
  /** The rule checker on the whole proposal (as the live pages run it): median time, and what it found (must be 0). */
  checkMs: number;
  brokenRules: number;
}

export function runScheduleBench(): ScheduleBenchResult {
  const round = benchRound();
  const first = proposeSchedule(round); // warm-up (JIT, holiday tables)
  const times = Array.from({ length: SCHEDULE_PLAN.runs }, () => {
    const t = performance.now();
    proposeSchedule(round);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  const plan = planRound(buildModel(round));
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const placement = first.feasible ? { meetings: first.meetings, themeDay: first.themeDay } : { meetings: [] };
  let broken = 0;
  const checks = Array.from({ length: SCHEDULE_PLAN.runs }, () => {
    const t = performance.now();
    const found = checkSchedule(round, placement);
    broken = found.meetings.length + found.themeDay.length;
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return {
    plan: SCHEDULE_PLAN,
    proposalMs: { median: at(0.5), p95: at(0.95), max: times[times.length - 1]! },
    feasible: first.feasible,
    meetingsPlanned: first.feasible ? first.meetings.length : 0,
    placements: 'placements' in plan ? plan.placements : [],
    checkMs: checks[Math.floor(checks.length / 2)]!,
    brokenRules: broken,
  };
}
