import type { CostEstimate, CostEstimateInput, CostLine, ElementCost } from '../../../shared/contracts/costs.js';
import { add, decimal, multiply, ONE, subtract, toKroner, ZERO, type Decimal } from './exact-decimal.js';

/**
 * The cost estimate of issue 12 (point 9; ADR 35): one pure function for the command now and
 * the cost views, the Excel export and the public calculator later.
 *
 * A line costs hours × times × rates[role] (hours) or amount × times (materials), in kroner.
 * Start-up lines count once, running lines once per year of the horizon. The new money of a
 * line is its cost × (1 − substituted): the part not already paid as work staff would do anyway.
 *
 * Computed in exact decimals (BigInt numerator over a power of ten, `exact-decimal.ts`), not
 * floats: every figure is rounded to øre only at the end, from the exact value, so no
 * 0.1 + 0.2 error can show and the totals are not sums of rounded element figures.
 */
export function estimateCosts(input: CostEstimateInput): CostEstimate {
  const horizon = decimal(input.horizonYears);
  const byElement = new Map<number, Sums>();
  for (const line of input.lines) {
    const sums = byElement.get(line.element) ?? emptySums();
    const cost = lineCost(line, input.rates);
    const newMoney = multiply(cost, subtract(ONE, decimal(line.substituted)));
    if (line.phase === 'startup') {
      sums.startup = add(sums.startup, cost);
      sums.startupNew = add(sums.startupNew, newMoney);
    } else {
      sums.running = add(sums.running, cost);
      sums.runningNew = add(sums.runningNew, newMoney);
    }
    byElement.set(line.element, sums);
  }

  const all = emptySums();
  const elements: ElementCost[] = [...byElement.entries()]
    .sort(([a], [b]) => a - b)
    .map(([element, sums]) => {
      all.startup = add(all.startup, sums.startup);
      all.running = add(all.running, sums.running);
      all.startupNew = add(all.startupNew, sums.startupNew);
      all.runningNew = add(all.runningNew, sums.runningNew);
      return { element, ...figures(sums, horizon) };
    });

  const total = totalOf(all, horizon);
  const { children, families } = input.reach;
  return {
    elements,
    ...figures(all, horizon),
    perChild: children === 0 ? null : toKroner(total, BigInt(children)),
    perFamily: families === 0 ? null : toKroner(total, BigInt(families)),
  };
}

interface Sums {
  startup: Decimal;
  running: Decimal;
  startupNew: Decimal;
  runningNew: Decimal;
}

const emptySums = (): Sums => ({ startup: ZERO, running: ZERO, startupNew: ZERO, runningNew: ZERO });

function lineCost(line: CostLine, rates: Record<string, number>): Decimal {
  const times = decimal(line.times);
  if (line.kind === 'materials') return multiply(decimal(line.amount), times);
  const rate = rates[line.role];
  // The contract refuses a role without a rate; this guards a caller that skips it.
  if (rate === undefined) throw new Error(`Rollen "${line.role}" har ingen timepris`);
  return multiply(multiply(decimal(line.hours), times), decimal(rate));
}

const totalOf = (sums: Sums, horizon: Decimal): Decimal => add(sums.startup, multiply(horizon, sums.running));

function figures(sums: Sums, horizon: Decimal): Omit<ElementCost, 'element'> {
  return {
    startup: toKroner(sums.startup),
    runningPerYear: toKroner(sums.running),
    total: toKroner(totalOf(sums, horizon)),
    newMoney: toKroner(add(sums.startupNew, multiply(horizon, sums.runningNew))),
  };
}
