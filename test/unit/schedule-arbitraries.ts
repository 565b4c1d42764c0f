/** Random rounds for the scheduler's property tests (schedule.property.test.ts, schedule-check.property.test.ts). */
import fc from 'fast-check';
import { ScheduleInput, type MeetingKind } from '../../src/shared/contracts/schedule.js';

const DAY_MS = 86_400_000;
export const isoAt = (base: string, days: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const meetingsOf = fc.record({
  kickoff: fc.boolean(),
  steering: fc.integer({ min: 0, max: 3 }),
  groups: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 3 }),
  sparring: fc.integer({ min: 0, max: 25 }),
  leaders: fc.integer({ min: 0, max: 8 }),
  conferences: fc.integer({ min: 0, max: 2 }),
  extra: fc.integer({ min: 0, max: 3 }),
});

/** A random round: 6–14 months from a random start, holiday weeks, 1–3 consultants, 1–5 courses of 5–40 meetings. */
export const round = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 700 }),
    months: fc.integer({ min: 6, max: 14 }),
    holidayWeeks: fc.array(
      fc.record({ at: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 0, max: 40 }) }),
      { maxLength: 5 },
    ),
    maxPerDay: fc.integer({ min: 1, max: 3 }),
    consultants: fc.array(fc.array(fc.integer({ min: 0, max: 420 }), { maxLength: 250 }), {
      minLength: 1,
      maxLength: 3,
    }),
    courses: fc.array(fc.record({ consultant: fc.nat(), meetings: meetingsOf }), { minLength: 1, maxLength: 5 }),
    themeDay: fc.boolean(),
    /** A tight round: every course with the first consultant, one meeting a day. */
    tight: fc.boolean(),
  })
  .map((r) => {
    const start = isoAt('2026-08-01', r.startOffset);
    const end = isoAt(start, Math.round(r.months * 30.4));
    return ScheduleInput.parse({
      period: { start, end },
      holidayWeeks: r.holidayWeeks.map((w, i) => ({
        from: isoAt(start, w.at),
        to: isoAt(start, w.at + w.length),
        label: `ferie ${i + 1}`,
      })),
      maxMeetingsPerConsultantPerDay: r.tight ? 1 : r.maxPerDay,
      consultants: r.consultants.map((off, i) => ({ id: `k${i + 1}`, unavailable: off.map((d) => isoAt(start, d)) })),
      courses: r.courses.map((c, i) => {
        const m = c.meetings;
        const kinds: { kind: MeetingKind; group?: string }[] = [
          ...(m.kickoff ? [{ kind: 'kickoff' as const }] : []),
          ...Array.from({ length: m.steering }, () => ({ kind: 'steering' as const })),
          ...m.groups.flatMap((n, g) =>
            Array.from({ length: n }, () => ({ kind: 'working_group' as const, group: `inst-${g + 1}` })),
          ),
          ...Array.from({ length: m.sparring }, () => ({ kind: 'sparring' as const })),
          ...Array.from({ length: m.leaders }, () => ({ kind: 'leader_sparring' as const })),
          ...Array.from({ length: m.conferences }, () => ({ kind: 'conference' as const })),
          ...Array.from({ length: m.extra }, () => ({ kind: 'extra' as const })),
        ];
        while (kinds.length < 5) kinds.push({ kind: 'sparring' });
        return {
          id: String(101 + i * 101).padStart(4, '0'),
          consultant: r.tight ? 'k1' : `k${(c.consultant % r.consultants.length) + 1}`,
          meetings: kinds.slice(0, 40).map((k, j) => ({ id: `m${j + 1}`, ...k })),
        };
      }),
      themeDay: r.themeDay,
    });
  });

/**
 * How to change a plan by hand: which meetings to move (by position in the
 * plan) and where – a random day (also outside the period) and quarter-hour
 * between 07:00 and 18:00, or onto the day (and maybe time) of another meeting,
 * which is where clashes happen.
 */
export const moves = fc.array(
  fc.record({
    pick: fc.nat(),
    to: fc.oneof(
      fc.record({
        kind: fc.constant('random' as const),
        dayOffset: fc.integer({ min: -10, max: 440 }),
        quarter: fc.integer({ min: 28, max: 68 }),
        quarters: fc.integer({ min: 1, max: 12 }),
      }),
      fc.record({ kind: fc.constant('beside' as const), other: fc.nat(), sameTime: fc.boolean() }),
    ),
  }),
  { minLength: 1, maxLength: 6 },
);
export type Moves = typeof moves extends fc.Arbitrary<infer T> ? T : never;

const timeOf = (quarter: number) =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** The plan's meetings with the moves applied (each move changes date and time of one meeting). */
export function applyMoves<M extends { date: string; start: string; end: string }>(
  start: string,
  meetings: M[],
  list: Moves,
): M[] {
  const out = meetings.map((m) => ({ ...m }));
  if (out.length === 0) return out;
  for (const move of list) {
    const i = move.pick % out.length;
    const m = out[i]!;
    if (move.to.kind === 'random') {
      const end = Math.min(move.to.quarter + move.to.quarters, 72);
      out[i] = { ...m, date: isoAt(start, move.to.dayOffset), start: timeOf(move.to.quarter), end: timeOf(end) };
    } else {
      const other = out[move.to.other % out.length]!;
      out[i] = move.to.sameTime
        ? { ...m, date: other.date, start: other.start, end: other.end }
        : { ...m, date: other.date };
    }
  }
  return out;
}
