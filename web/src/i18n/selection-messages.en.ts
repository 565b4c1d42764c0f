import type { Wording } from '../../../src/shared/contracts/messages.js';
import type { RuleKey, SelectionMessage } from '../../../src/shared/contracts/selection.js';

/** The selection's message codes in English (ADR 24); Danish: src/shared/wording/selection.da.ts. */

const RULE_NAMES: Record<RuleKey, (n: number) => string> = {
  minSmall: (n) => (n === 1 ? 'at least 1 small municipality' : `at least ${n} small municipalities`),
  minLarge: (n) => (n === 1 ? 'at least 1 large municipality' : `at least ${n} large municipalities`),
  minRegions: (n) => (n === 1 ? 'at least 1 region' : `at least ${n} different regions`),
  minFamilyDaycare: (n) =>
    n === 1
      ? 'at least 1 municipality with a high share of children in family day care'
      : `at least ${n} municipalities with a high share of children in family day care`,
};

const score = (x: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(x);

export const selectionMessagesEn: Wording<SelectionMessage> = {
  no_selection: ({ capacity, blocking }) => {
    const named = blocking.map((set) => set.map((r) => RULE_NAMES[r.rule](r.count)).join(' together with '));
    return `No selection of at most ${capacity} eligible municipalities can meet ${named.join('; nor ')}.`;
  },
  not_eligible: () => 'Not selected: the application does not meet every requirement and cannot be considered.',
  no_proposal: () =>
    'Not selected: the balance rules cannot be met with the eligible applicants, so there is no proposal.',
  chosen_top: (p) => `Selected: among the highest-scoring applicants (score ${score(p.score)}).`,
  chosen_for_rules: (p) =>
    `Selected to meet the balance rule of ${p.rules.map((r) => RULE_NAMES[r.rule](r.count)).join(' and ')} (score ${score(p.score)}), although not among the highest-scoring.`,
  chosen_for_total: (p) =>
    `Selected: together with the others selected, gives the highest total score that meets the balance rules (score ${score(p.score)}).`,
  not_chosen_rules: (p) =>
    `Not selected: would be in on score alone (${score(p.score)}), but the balance rules require a different mix.`,
  not_chosen_total: (p) =>
    `Not selected: the score ${score(p.score)} is higher than a selected municipality's, but no selection with it gives a higher total score within the balance rules.`,
  not_chosen_score: (p) =>
    `Not selected: the score ${score(p.score)} is not high enough for one of the ${p.capacity} places.`,
  awaiting_assessment: () => 'Awaiting assessment',
};
