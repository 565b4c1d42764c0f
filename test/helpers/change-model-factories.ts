import type { ChangeModelContent } from '../../src/shared/contracts/change-model.js';

/** A small change model with one indicator ('sprog', a percentage) measured on the given days. */
export function changeModelMeasuredOn(dates: string[]): ChangeModelContent {
  return {
    problem: 'Børn i udsatte positioner får ikke nok ud af dagtilbuddet.',
    targetGroup: 'Børn 0–6 år.',
    activities: [{ id: 'a-sprog', text: 'Sprogstimulering' }],
    outputs: [{ id: 'o-grupper', text: 'Sproggrupper' }],
    shortTermOutcomes: [{ id: 'k-sprog', text: 'Bedre sprog' }],
    longTermOutcomes: [{ id: 'l-skole', text: 'Skoleparate børn' }],
    assumptions: [],
    indicators: [
      {
        key: 'sprog',
        name: 'Andel børn med alderssvarende sprog',
        outcomeId: 'k-sprog',
        dataSource: 'Sprogvurderinger',
        baseline: 60,
        target: 80,
        unit: '%',
        measuredWhen: { text: 'Hvert halve år', dates },
      },
    ],
  };
}
