import type { CostEstimateInputJson } from '../../src/shared/contracts/costs.js';

/** The example of issue 12, point 9, as a person would write it (shared by the costs tests). */
export const issueExample: CostEstimateInputJson = {
  horizonYears: 3,
  rates: { staff: 350, leader: 450, health_visitor: 420 },
  reach: { children: 60, families: 50 },
  lines: [
    { element: 2, phase: 'startup', kind: 'materials', amount: 12000 },
    { element: 2, phase: 'running', kind: 'hours', role: 'staff', hours: 1.5, times: 40, substituted: 0.5 },
    { element: 4, phase: 'running', kind: 'hours', role: 'leader', hours: 3, times: 4 },
    { element: 4, phase: 'running', kind: 'materials', amount: 800, times: 4 },
  ],
};
