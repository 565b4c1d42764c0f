import {
  RULE_KEYS,
  type RuleKey,
  type SelectionInput,
  type SelectionMessage,
  type SelectionProposal,
} from '../../../shared/contracts/selection.js';
import {
  optimise,
  rankCandidates,
  ruleCountsOf,
  satisfies,
  type Candidate,
  type RuleCounts,
  type Solution,
} from './optimise-selection.js';

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function without(rules: RuleCounts, key: RuleKey): RuleCounts {
  return { ...rules, [key]: 0 };
}

function activeRules(rules: RuleCounts): RuleKey[] {
  return RULE_KEYS.filter((k) => rules[k] > 0);
}

/** The rule sets that cannot be met, smallest first (a rule alone, else the combination). */
function infeasibleCombinations(
  ranked: Candidate[],
  regionCount: number,
  capacity: number,
  rules: RuleCounts,
): RuleKey[][] {
  const active = activeRules(rules);
  const found: RuleKey[][] = [];
  for (let mask = 1; mask < 1 << active.length; mask++) {
    const subset = active.filter((_, i) => mask & (1 << i));
    if (found.some((f) => f.every((k) => subset.includes(k)))) continue;
    const only: RuleCounts = { minSmall: 0, minLarge: 0, minRegions: 0, minFamilyDaycare: 0 };
    for (const k of subset) only[k] = rules[k];
    if (!optimise(ranked, regionCount, capacity, only)) found.push(subset);
  }
  return found.sort((a, b) => a.length - b.length);
}

/** Which active rules this member is needed for: without it, the selection would break them. */
function rulesServedBy(member: number, solution: Solution, ranked: Candidate[], rules: RuleCounts): RuleKey[] {
  const rest = solution.members.filter((m) => m !== member);
  return activeRules(rules).filter((k) => {
    const only: RuleCounts = { minSmall: 0, minLarge: 0, minRegions: 0, minFamilyDaycare: 0, [k]: rules[k] };
    return !satisfies(rest, ranked, only);
  });
}

/**
 * The whole proposal: the balanced selection, the unconstrained one, what each
 * rule costs in score, and one message (a code with parameters) per applicant.
 */
export function proposeSelection(input: SelectionInput): SelectionProposal {
  const { ranked, regionCount } = rankCandidates(input.applicants, input.rules);
  const rules = ruleCountsOf(input.rules);
  const idsOf = (s: Solution | null) => (s ? s.members.map((m) => ranked[m]!.id) : []);
  const free = optimise(ranked, regionCount, input.capacity, {
    minSmall: 0,
    minLarge: 0,
    minRegions: 0,
    minFamilyDaycare: 0,
  });
  const unconstrained = { selected: idsOf(free), totalScore: round(free?.total ?? 0) };
  const best = optimise(ranked, regionCount, input.capacity, rules);
  const rankOf = new Map(ranked.map((c, i) => [c.id, i]));
  const scoreOf = new Map(input.applicants.map((a) => [a.id, a.score]));
  const explanations: Record<string, SelectionMessage> = {};
  const withCount = (k: RuleKey) => ({ rule: k, count: rules[k] });

  if (!best) {
    const blocking = infeasibleCombinations(ranked, regionCount, input.capacity, rules);
    const reason: SelectionMessage = {
      code: 'no_selection',
      params: { capacity: input.capacity, blocking: blocking.map((set) => set.map(withCount)) },
    };
    for (const a of input.applicants) {
      explanations[a.id] = { code: a.eligible ? 'no_proposal' : 'not_eligible', params: {} };
    }
    return { feasible: false, reason, selected: [], totalScore: 0, unconstrained, ruleCosts: {}, explanations };
  }

  const ruleCosts: SelectionProposal['ruleCosts'] = {};
  for (const k of RULE_KEYS) {
    if (input.rules[k] === undefined) continue;
    const relaxed = optimise(ranked, regionCount, input.capacity, without(rules, k));
    ruleCosts[k] = round(Math.max(0, (relaxed?.total ?? best.total) - best.total));
  }

  const chosen = new Set(best.members);
  const freeSet = new Set(free?.members ?? []);
  const lowestChosen = Math.min(...best.members.map((m) => ranked[m]!.score));
  for (const a of input.applicants) {
    const score = round(scoreOf.get(a.id) ?? 0);
    const i = rankOf.get(a.id);
    if (!a.eligible || i === undefined) {
      explanations[a.id] = { code: 'not_eligible', params: {} };
    } else if (chosen.has(i) && freeSet.has(i)) {
      explanations[a.id] = { code: 'chosen_top', params: { score } };
    } else if (chosen.has(i)) {
      const served = rulesServedBy(i, best, ranked, rules).map(withCount);
      explanations[a.id] = served.length
        ? { code: 'chosen_for_rules', params: { score, rules: served } }
        : { code: 'chosen_for_total', params: { score } };
    } else if (freeSet.has(i)) {
      explanations[a.id] = { code: 'not_chosen_rules', params: { score } };
    } else if (ranked[i]!.score > lowestChosen) {
      explanations[a.id] = { code: 'not_chosen_total', params: { score } };
    } else {
      explanations[a.id] = { code: 'not_chosen_score', params: { score, capacity: input.capacity } };
    }
  }
  return {
    feasible: true,
    selected: idsOf(best),
    totalScore: round(best.total),
    unconstrained,
    ruleCosts,
    explanations,
  };
}
