import { describe, expect, it } from 'vitest';
import { CostEstimateInput, type CostEstimateInputJson } from '../../src/shared/contracts/costs.js';
import { estimateCosts } from '../../src/server/modules/costs/index.js';
import { issueExample } from './costs-example.js';
import { configureZod } from '../../src/shared/zod-config.js';

configureZod();

const estimate = (input: CostEstimateInputJson) => estimateCosts(CostEstimateInput.parse(input));

/** Messages of a refused input, `path: message` as the command prints them. */
function problems(input: unknown): string[] {
  const parsed = CostEstimateInput.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('estimateCosts', () => {
  it("gives the issue's example: element 2 costs 12,000 to start, 21,000 a year, 75,000 over 3 years, 43,500 new money", () => {
    expect(estimate(issueExample)).toEqual({
      elements: [
        { element: 2, startup: 12000, runningPerYear: 21000, total: 75000, newMoney: 43500 },
        // 3 h × 4 × 450 = 5,400 and 800 × 4 = 3,200 a year; nothing substituted.
        { element: 4, startup: 0, runningPerYear: 8600, total: 25800, newMoney: 25800 },
      ],
      startup: 12000,
      runningPerYear: 29600,
      total: 100800,
      newMoney: 69300,
      perChild: 1680,
      perFamily: 2016,
    });
  });

  it('sorts the elements by number and lists only those with lines', () => {
    const result = estimate({ ...issueExample, lines: [...issueExample.lines].reverse() });
    expect(result.elements.map((e) => e.element)).toEqual([2, 4]);
  });

  it('counts a line once when times and substituted are left out', () => {
    const result = estimate({
      horizonYears: 2,
      rates: { staff: 300 },
      reach: { children: 10, families: 5 },
      lines: [{ element: 7, phase: 'running', kind: 'hours', role: 'staff', hours: 2 }],
    });
    expect(result.elements).toEqual([{ element: 7, startup: 0, runningPerYear: 600, total: 1200, newMoney: 1200 }]);
  });

  it('gives null per child or per family when that reach is 0, and nothing for no lines', () => {
    const result = estimate({ ...issueExample, reach: { children: 0, families: 50 } });
    expect(result.perChild).toBeNull();
    expect(result.perFamily).toBe(2016);
    expect(estimate({ ...issueExample, lines: [] })).toEqual({
      elements: [],
      startup: 0,
      runningPerYear: 0,
      total: 0,
      newMoney: 0,
      perChild: 0,
      perFamily: 0,
    });
  });

  it('computes exactly and rounds to øre only at the end', () => {
    const result = estimate({
      horizonYears: 3,
      rates: { staff: 0.1 },
      reach: { children: 3, families: 7 },
      lines: [
        // 0.1 + 0.2 is 0.3 here, not 0.30000000000000004.
        { element: 1, phase: 'startup', kind: 'materials', amount: 0.1 },
        { element: 1, phase: 'startup', kind: 'materials', amount: 0.2 },
        // 1.005 kr. is half an øre: rounded up, not down as Math.round(1.005 * 100) would.
        { element: 2, phase: 'startup', kind: 'materials', amount: 1.005 },
        // Three lines of 0.001 kr. round to 0 each but count as 0.003 a year, 0.009 over three years.
        { element: 3, phase: 'running', kind: 'hours', role: 'staff', hours: 0.01, substituted: 1 },
        { element: 3, phase: 'running', kind: 'hours', role: 'staff', hours: 0.01, substituted: 0.5 },
        { element: 3, phase: 'running', kind: 'hours', role: 'staff', hours: 0.01, substituted: 0 },
      ],
    });
    expect(result.elements).toEqual([
      { element: 1, startup: 0.3, runningPerYear: 0, total: 0.3, newMoney: 0.3 },
      { element: 2, startup: 1.01, runningPerYear: 0, total: 1.01, newMoney: 1.01 },
      { element: 3, startup: 0, runningPerYear: 0, total: 0.01, newMoney: 0 },
    ]);
    // 0.3 + 1.005 + 0.009 = 1.314 in all, not the sum of the rounded elements (1.32).
    expect(result.total).toBe(1.31);
    expect(result.startup).toBe(1.31); // 1.305 exactly, half an øre up
    // 1.314 ÷ 3 = 0.438; 1.314 ÷ 7 = 0.18771…
    expect(result.perChild).toBe(0.44);
    expect(result.perFamily).toBe(0.19);
  });

  it('keeps large sums exact', () => {
    const result = estimate({
      horizonYears: 10,
      rates: { staff: 987_654.32 },
      reach: { children: 1, families: 1 },
      lines: [{ element: 9, phase: 'running', kind: 'hours', role: 'staff', hours: 1234.5, times: 1000 }],
    });
    // 1,234.5 hours × 1,000 × 987,654.32 kr.
    expect(result.runningPerYear).toBe(1_219_259_258_040);
    expect(result.total).toBe(12_192_592_580_400);
  });
});

describe('CostEstimateInput', () => {
  it('names the line (from 1) and the field of every problem, in Danish', () => {
    const msgs = problems({
      ...issueExample,
      lines: [
        issueExample.lines[0],
        { element: 10, phase: 'running', kind: 'materials', amount: -5, substituted: 1.5 },
        { element: 1, phase: 'startup', kind: 'hours', role: 'staff', hours: -1 },
        { element: 1, phase: 'later', kind: 'gifts' },
      ],
    });
    expect(msgs).toEqual([
      'lines.1.element: Linje 2, element: Elementet skal være et helt tal fra 1 til 9',
      'lines.1.amount: Linje 2, amount: Beløbet må ikke være negativt',
      'lines.1.substituted: Linje 2, substituted: Andelen, der erstatter andet arbejde, skal være mellem 0 og 1',
      'lines.2.hours: Linje 3, hours: Timerne må ikke være negative',
      'lines.3.kind: Linje 4, kind: Arten (kind) skal være "hours" (timer) eller "materials" (materialer)',
    ]);
  });

  it('refuses a role without a rate, naming the line', () => {
    const lines = [...issueExample.lines];
    lines[2] = { element: 4, phase: 'running', kind: 'hours', role: 'psychologist', hours: 2 };
    expect(problems({ ...issueExample, lines })).toEqual([
      'lines.2.role: Linje 3, role: Rollen "psychologist" har ingen timepris i rates',
    ]);
  });

  it('refuses a horizon outside 1–10 years, a negative rate and a reach that is not a whole number', () => {
    expect(
      problems({ ...issueExample, horizonYears: 11, rates: { staff: -1 }, reach: { children: 1.5, families: 0 } }),
    ).toEqual([
      'horizonYears: Skriv antal år som et helt tal fra 1 til 10',
      'rates.staff: Timeprisen må ikke være negativ',
      'reach.children: Skriv et helt tal',
    ]);
  });
});
