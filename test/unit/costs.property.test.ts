import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CostEstimateInput,
  type CostEstimate,
  type CostEstimateInputJson,
  type CostLineInput,
} from '../../src/shared/contracts/costs.js';
import { estimateCosts } from '../../src/server/modules/costs/index.js';

/**
 * The cost command's arithmetic against an independent computation (issue 12, quality bar):
 * inputs are drawn as whole numbers – rates and amounts in øre, hours in quarter hours,
 * `substituted` in twentieths – and the expected figures are summed per line in BigInt units of
 * a quarter øre (new money: an eightieth øre) and rounded half up once, by a formula of their own.
 */

const ROLES = ['staff', 'leader', 'health_visitor', 'volunteer'] as const;

interface DrawnLine {
  element: number;
  phase: 'startup' | 'running';
  kind: 'hours' | 'materials';
  role: (typeof ROLES)[number];
  quarterHours: number;
  amountOre: number;
  times: number | undefined;
  twentieths: number | undefined;
}

const drawnLine: fc.Arbitrary<DrawnLine> = fc.record({
  element: fc.integer({ min: 1, max: 9 }),
  phase: fc.constantFrom('startup', 'running'),
  kind: fc.constantFrom('hours', 'materials'),
  role: fc.constantFrom(...ROLES),
  quarterHours: fc.integer({ min: 0, max: 2000 }),
  amountOre: fc.integer({ min: 0, max: 50_000_000 }),
  times: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  twentieths: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
});

const drawn = fc.record({
  horizonYears: fc.integer({ min: 1, max: 10 }),
  rateOre: fc.record({
    staff: fc.integer({ min: 0, max: 150_000 }),
    leader: fc.integer({ min: 0, max: 150_000 }),
    health_visitor: fc.integer({ min: 0, max: 150_000 }),
    volunteer: fc.integer({ min: 0, max: 150_000 }),
  }),
  children: fc.integer({ min: 0, max: 500 }),
  families: fc.integer({ min: 0, max: 500 }),
  lines: fc.array(drawnLine, { maxLength: 25 }),
});
type Drawn = typeof drawn extends fc.Arbitrary<infer T> ? T : never;

/** The JSON a person would write for the drawn whole numbers. */
function asJson(d: Drawn): CostEstimateInputJson {
  return {
    horizonYears: d.horizonYears,
    rates: Object.fromEntries(ROLES.map((r) => [r, d.rateOre[r] / 100])),
    reach: { children: d.children, families: d.families },
    lines: d.lines.map((l): CostLineInput => {
      const optional = {
        ...(l.times === undefined ? {} : { times: l.times }),
        ...(l.twentieths === undefined ? {} : { substituted: l.twentieths / 20 }),
      };
      return l.kind === 'hours'
        ? { element: l.element, phase: l.phase, kind: 'hours', role: l.role, hours: l.quarterHours / 4, ...optional }
        : { element: l.element, phase: l.phase, kind: 'materials', amount: l.amountOre / 100, ...optional };
    }),
  };
}

/** n ÷ d rounded half up (n, d ≥ 0), then øre → kroner. */
const kroner = (n: bigint, d: bigint): number => Number((2n * n + d) / (2n * d)) / 100;

function independent(d: Drawn): CostEstimate {
  // Per element: [startup, running] in quarter øre and [startup, running] new money in 1/80 øre.
  const sums = new Map<number, { cost: [bigint, bigint]; fresh: [bigint, bigint] }>();
  for (const l of d.lines) {
    const times = BigInt(l.times ?? 1);
    const quarterOre =
      l.kind === 'hours'
        ? BigInt(l.quarterHours) * times * BigInt(d.rateOre[l.role])
        : 4n * BigInt(l.amountOre) * times;
    const freshEightieths = quarterOre * (20n - BigInt(l.twentieths ?? 0));
    const s = sums.get(l.element) ?? { cost: [0n, 0n], fresh: [0n, 0n] };
    const at = l.phase === 'startup' ? 0 : 1;
    s.cost[at] += quarterOre;
    s.fresh[at] += freshEightieths;
    sums.set(l.element, s);
  }
  const years = BigInt(d.horizonYears);
  const figures = (s: { cost: [bigint, bigint]; fresh: [bigint, bigint] }) => ({
    startup: kroner(s.cost[0], 4n),
    runningPerYear: kroner(s.cost[1], 4n),
    total: kroner(s.cost[0] + years * s.cost[1], 4n),
    newMoney: kroner(s.fresh[0] + years * s.fresh[1], 80n),
  });
  const all = { cost: [0n, 0n] as [bigint, bigint], fresh: [0n, 0n] as [bigint, bigint] };
  for (const s of sums.values()) {
    for (const i of [0, 1] as const) {
      all.cost[i] += s.cost[i];
      all.fresh[i] += s.fresh[i];
    }
  }
  const total = all.cost[0] + years * all.cost[1];
  return {
    elements: [...sums.keys()].sort((a, b) => a - b).map((element) => ({ element, ...figures(sums.get(element)!) })),
    ...figures(all),
    perChild: d.children === 0 ? null : kroner(total, 4n * BigInt(d.children)),
    perFamily: d.families === 0 ? null : kroner(total, 4n * BigInt(d.families)),
  };
}

const hasAtMostTwoDecimals = (x: number) => Number.isFinite(x) && Number(x.toFixed(2)) === x;

describe('estimateCosts over random inputs', () => {
  it('agrees with a per-line sum in whole quarter øre, rounded once', () => {
    fc.assert(
      fc.property(drawn, (d) => {
        expect(estimateCosts(CostEstimateInput.parse(asJson(d)))).toEqual(independent(d));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the lines', () => {
    fc.assert(
      fc.property(drawn, fc.infiniteStream(fc.nat()), (d, keys) => {
        const json = asJson(d);
        const order = json.lines.map((line) => ({ line, key: keys.next().value as number }));
        const shuffled = { ...json, lines: order.sort((a, b) => a.key - b.key).map((o) => o.line) };
        expect(estimateCosts(CostEstimateInput.parse(shuffled))).toEqual(estimateCosts(CostEstimateInput.parse(json)));
      }),
    );
  });

  it('gives øre (at most two decimals) and new money no larger than the total for any decimals written', () => {
    const anyAmount = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
    const line = fc.record({
      element: fc.integer({ min: 1, max: 9 }),
      phase: fc.constantFrom('startup' as const, 'running' as const),
      kind: fc.constant('materials' as const),
      amount: anyAmount,
      times: anyAmount,
      substituted: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.integer({ min: 1, max: 10 }), (lines, horizonYears) => {
        const r = estimateCosts(
          CostEstimateInput.parse({ horizonYears, rates: {}, reach: { children: 7, families: 3 }, lines }),
        );
        for (const e of [...r.elements, r]) {
          for (const x of [e.startup, e.runningPerYear, e.total, e.newMoney])
            expect(hasAtMostTwoDecimals(x)).toBe(true);
          expect(e.newMoney).toBeLessThanOrEqual(e.total);
        }
        expect(hasAtMostTwoDecimals(r.perChild!)).toBe(true);
      }),
    );
  });
});
