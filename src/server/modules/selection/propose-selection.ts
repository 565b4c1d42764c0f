import {
  RULE_KEYS,
  type RuleKey,
  type SelectionInput,
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

const RULE_NAMES: Record<RuleKey, (n: number) => string> = {
  minSmall: (n) => (n === 1 ? 'mindst 1 lille kommune' : `mindst ${n} små kommuner`),
  minLarge: (n) => (n === 1 ? 'mindst 1 stor kommune' : `mindst ${n} store kommuner`),
  minRegions: (n) => (n === 1 ? 'mindst 1 region' : `mindst ${n} forskellige regioner`),
  minFamilyDaycare: (n) =>
    n === 1
      ? 'mindst 1 kommune med en høj andel børn i dagpleje'
      : `mindst ${n} kommuner med en høj andel børn i dagpleje`,
};

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const fmt = (x: number) => round(x).toLocaleString('da-DK', { maximumFractionDigits: 2 });

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
 * rule costs in score, and one Danish sentence per applicant.
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
  const explanations: Record<string, string> = {};

  if (!best) {
    const blocking = infeasibleCombinations(ranked, regionCount, input.capacity, rules);
    const named = blocking.map((set) => set.map((k) => `${k} (${RULE_NAMES[k](rules[k])})`).join(' sammen med '));
    const reason = `Ingen udvælgelse af højst ${input.capacity} støtteberettigede kommuner kan opfylde ${named.join('; heller ikke ')}.`;
    for (const a of input.applicants) {
      explanations[a.id] = a.eligible
        ? 'Ikke valgt: balancereglerne kan ikke opfyldes med de støtteberettigede ansøgere, så der er intet forslag.'
        : 'Ikke valgt: ansøgningen opfylder ikke alle krav og kan ikke komme i betragtning.';
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
    const score = fmt(scoreOf.get(a.id) ?? 0);
    const i = rankOf.get(a.id);
    if (!a.eligible || i === undefined) {
      explanations[a.id] = 'Ikke valgt: ansøgningen opfylder ikke alle krav og kan ikke komme i betragtning.';
    } else if (chosen.has(i) && freeSet.has(i)) {
      explanations[a.id] = `Valgt: blandt de højest scorende ansøgere (score ${score}).`;
    } else if (chosen.has(i)) {
      const served = rulesServedBy(i, best, ranked, rules).map((k) => RULE_NAMES[k](rules[k]));
      explanations[a.id] = served.length
        ? `Valgt for at opfylde balancereglen om ${served.join(' og ')} (score ${score}), selv om den ikke er blandt de højest scorende.`
        : `Valgt: giver sammen med de øvrige valgte den højeste samlede score, der opfylder balancereglerne (score ${score}).`;
    } else if (freeSet.has(i)) {
      explanations[a.id] =
        `Ikke valgt: ville være med på score alene (${score}), men balancereglerne kræver en anden sammensætning.`;
    } else if (ranked[i]!.score > lowestChosen) {
      explanations[a.id] =
        `Ikke valgt: scoren ${score} er højere end en valgt kommunes, men ingen udvælgelse med den giver en højere samlet score inden for balancereglerne.`;
    } else {
      explanations[a.id] = `Ikke valgt: scoren ${score} er ikke høj nok til en af de ${input.capacity} pladser.`;
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
