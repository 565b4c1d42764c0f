import { describe, expect, it } from 'vitest';
import { decisionReason, rulesInWords } from '../../src/server/modules/decisions/decision-reason.js';

const rules = {
  smallPopulationBelow: 40_000,
  minSmall: 1,
  minRegions: 3,
  familyDaycareShareAtLeast: 0.3,
  minFamilyDaycare: 2,
};
const round = {
  capacity: 5,
  applicants: 4,
  rules,
  requirements: ['Ledelsen bakker op.', 'Kommunen deltager i evalueringen.'],
};
const proposal = {
  selected: ['0860', '0217'],
  explanations: {
    '0860': { code: 'chosen_top', params: { score: 15 } },
    '0217': { code: 'chosen_for_rules', params: { score: 12, rules: [{ rule: 'minRegions', count: 3 }] } },
    '0825': { code: 'not_chosen_rules', params: { score: 14 } },
    '0787': { code: 'not_eligible', params: {} },
  },
};
const decision = { selected: ['0860', '0217'], letterReason: null, proposal };

describe('the reason a municipality reads', () => {
  it('says in plain Danish what decided the case, without the optimiser’s words or points', () => {
    const top = decisionReason({ code: '0860', outcome: 'approved', decision, round });
    expect(top).toBe(
      'Ansøgningen opfylder kravene for at deltage. Den er blandt de ansøgninger, der er vurderet højest på kriterierne, og har derfor fået en af rundens 5 pladser.',
    );
    expect(decisionReason({ code: '0217', outcome: 'approved', decision, round })).toContain(
      'skal omfatte kommuner fra mindst 3 forskellige regioner',
    );
    const waitlisted = decisionReason({ code: '0825', outcome: 'waitlisted', decision, round });
    expect(waitlisted).toContain(
      'mindst én kommune med under 40.000 indbyggere, kommuner fra mindst 3 forskellige regioner og mindst 2 kommuner, hvor mindst 30 % af børnene i dagtilbud går i dagpleje',
    );
    const rejected = decisionReason({ code: '0787', outcome: 'rejected', decision, round });
    expect(rejected).toContain('opfylder ikke alle kravene');
    expect(rejected).toContain('Ledelsen bakker op; Kommunen deltager i evalueringen.');
    for (const text of [top, waitlisted, rejected]) {
      expect(text).not.toMatch(/score|Valgt:|Ikke valgt:|\d+,\d|\(15\)/);
    }
  });

  it('explains a departure from the proposal with the text written for the letter, nothing else', () => {
    const departed = { ...decision, selected: ['0860', '0825'], letterReason: 'Læsø er en ø-kommune' };
    const approved = decisionReason({ code: '0825', outcome: 'approved', decision: departed, round });
    expect(approved).toContain('afviger fra den udvælgelse');
    expect(approved).toMatch(/sammensætningen\. Læsø er en ø-kommune\.$/);
    const passedOver = decisionReason({ code: '0217', outcome: 'waitlisted', decision: departed, round });
    expect(passedOver).toContain('valgt en anden sammensætning');
  });

  it('words a round without rules for the composition', () => {
    expect(rulesInWords({})).toBe('');
  });
});
