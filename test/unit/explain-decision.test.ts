import { describe, expect, it } from 'vitest';
import { explainDecision } from '../../src/server/modules/decisions/explain-decision.js';

const proposal = {
  selected: ['0860'],
  explanations: { '0860': 'Valgt: højeste score (15).', '0217': 'Ikke valgt: lavere score (6).' },
};

describe('the sentence a municipality gets with its outcome', () => {
  it('is the proposal’s own sentence when the decision follows the proposal', () => {
    const decision = { selected: ['0860'], waitlist: ['0217'], overrideReason: null, proposal };
    expect(explainDecision('0860', 'approved', decision)).toBe('Valgt: højeste score (15).');
    expect(explainDecision('0217', 'waitlisted', decision)).toBe(
      'På venteliste som nr. 1. Ikke valgt: lavere score (6).',
    );
  });

  it('follows an override and gives its reason, never the proposal’s contrary sentence', () => {
    const decision = { selected: ['0217'], waitlist: [], overrideReason: 'Politisk prioritet.', proposal };
    const rejected = explainDecision('0860', 'rejected', decision);
    expect(rejected).toContain('Ikke valgt');
    expect(rejected).toContain('Politisk prioritet.');
    expect(rejected).not.toContain('Valgt: højeste');
    expect(explainDecision('0217', 'approved', decision)).toContain('Politisk prioritet.');
  });
});

describe('a decision stored with message codes', () => {
  it('words the proposal’s code in Danish, as the decision letter quotes it', () => {
    const coded = {
      selected: ['0860'],
      explanations: {
        '0860': { code: 'chosen_top', params: { score: 15 } },
        '0217': { code: 'not_chosen_score', params: { score: 6.5, capacity: 1 } },
      },
    };
    const decision = { selected: ['0860'], waitlist: ['0217'], overrideReason: null, proposal: coded };
    expect(explainDecision('0860', 'approved', decision)).toBe('Valgt: blandt de højest scorende ansøgere (score 15).');
    expect(explainDecision('0217', 'waitlisted', decision)).toBe(
      'På venteliste som nr. 1. Ikke valgt: scoren 6,5 er ikke høj nok til en af de 1 pladser.',
    );
  });
});
