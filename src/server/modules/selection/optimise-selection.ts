import type { RuleKey, SelectionApplicant, SelectionRules } from '../../../shared/contracts/selection.js';

/**
 * The exact balanced-selection optimiser: at most `capacity` eligible
 * applicants with the highest total score that satisfy every active rule.
 *
 * Branch and bound over the applicants in rank order (score high → low, then
 * id), taking "include" before "exclude". A branch is cut when even the best
 * scores left cannot reach the best total found, or when the places left
 * cannot satisfy a rule any more. Exact: nothing is cut that could win.
 *
 * Tie-break (documented in docs/adr/0006-selection-tie-break.md): among
 * selections with the same total (to 1e-9), the one with more members wins;
 * then the one whose members, in rank order, rank higher at the first
 * difference (a set containing a better-ranked applicant wins).
 */

export const EPSILON = 1e-9;

export interface Candidate {
  id: string;
  score: number;
  small: boolean;
  region: number;
  familyDaycare: boolean;
}

/** Rule thresholds; 0 = no such rule. */
export type RuleCounts = Record<RuleKey, number>;

export interface Solution {
  /** Indexes into the ranked candidate list, ascending (= rank order). */
  members: number[];
  total: number;
}

/** Ranks the eligible applicants: score descending, then id (code-point order). */
export function rankCandidates(applicants: SelectionApplicant[], rules: SelectionRules) {
  const regions = new Map<string, number>();
  const ranked = applicants
    .filter((a) => a.eligible)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map<Candidate>((a) => {
      if (!regions.has(a.region)) regions.set(a.region, regions.size);
      return {
        id: a.id,
        score: a.score,
        small: rules.smallPopulationBelow !== undefined && a.population < rules.smallPopulationBelow,
        region: regions.get(a.region) ?? 0,
        familyDaycare:
          rules.familyDaycareShareAtLeast !== undefined && a.familyDaycareShare >= rules.familyDaycareShareAtLeast,
      };
    });
  return { ranked, regionCount: regions.size };
}

export function ruleCountsOf(rules: SelectionRules): RuleCounts {
  return {
    minSmall: rules.minSmall ?? 0,
    minLarge: rules.minLarge ?? 0,
    minRegions: rules.minRegions ?? 0,
    minFamilyDaycare: rules.minFamilyDaycare ?? 0,
  };
}

/** Is `a` a better selection than `b` under the documented order? */
export function better(a: Solution, b: Solution | null): boolean {
  if (!b) return true;
  if (a.total > b.total + EPSILON) return true;
  if (a.total < b.total - EPSILON) return false;
  if (a.members.length !== b.members.length) return a.members.length > b.members.length;
  for (let i = 0; i < a.members.length; i++) {
    const x = a.members[i] ?? 0;
    const y = b.members[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

export function satisfies(members: number[], ranked: Candidate[], rules: RuleCounts): boolean {
  let small = 0;
  let large = 0;
  let fds = 0;
  const regions = new Set<number>();
  for (const m of members) {
    const c = ranked[m];
    if (!c) continue;
    if (c.small) small++;
    else large++;
    if (c.familyDaycare) fds++;
    regions.add(c.region);
  }
  return (
    small >= rules.minSmall &&
    large >= rules.minLarge &&
    regions.size >= rules.minRegions &&
    fds >= rules.minFamilyDaycare
  );
}

/** The best selection under `rules`, or null when none satisfies them. */
export function optimise(
  ranked: Candidate[],
  regionCount: number,
  capacity: number,
  rules: RuleCounts,
): Solution | null {
  const n = ranked.length;
  // Suffix counts for the feasibility cut, and the last index of each region.
  const suffixSmall = new Array<number>(n + 1).fill(0);
  const suffixLarge = new Array<number>(n + 1).fill(0);
  const suffixFds = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const c = ranked[i]!;
    suffixSmall[i] = suffixSmall[i + 1]! + (c.small ? 1 : 0);
    suffixLarge[i] = suffixLarge[i + 1]! + (c.small ? 0 : 1);
    suffixFds[i] = suffixFds[i + 1]! + (c.familyDaycare ? 1 : 0);
  }
  const lastOfRegion = new Array<number>(regionCount).fill(-1);
  ranked.forEach((c, i) => (lastOfRegion[c.region] = i));

  const regionHits = new Array<number>(regionCount).fill(0);
  const members: number[] = [];
  let best: Solution | null = null;
  let total = 0;
  let small = 0;
  let large = 0;
  let fds = 0;
  let distinct = 0;

  const visit = (i: number, slots: number): void => {
    if (
      small >= rules.minSmall &&
      large >= rules.minLarge &&
      fds >= rules.minFamilyDaycare &&
      distinct >= rules.minRegions
    ) {
      const candidate = { members: [...members], total };
      if (better(candidate, best)) best = candidate;
    }
    if (i >= n || slots === 0) return;

    // Bound: the best the remaining places could add (ranked, so the next ones are the best).
    let bound = total;
    for (let k = i; k < n && k < i + slots; k++) {
      const s = ranked[k]!.score;
      if (s <= 0) break;
      bound += s;
    }
    if (best !== null && bound < best.total - EPSILON) return;

    // Feasibility: can the places left still satisfy every rule?
    const needSmall = Math.max(0, rules.minSmall - small);
    const needLarge = Math.max(0, rules.minLarge - large);
    const needFds = Math.max(0, rules.minFamilyDaycare - fds);
    const needRegions = Math.max(0, rules.minRegions - distinct);
    if (needSmall + needLarge > slots || needFds > slots || needRegions > slots) return;
    if (needSmall > suffixSmall[i]! || needLarge > suffixLarge[i]! || needFds > suffixFds[i]!) return;
    if (needRegions > 0) {
      let open = 0;
      for (let r = 0; r < regionCount; r++) if (regionHits[r] === 0 && lastOfRegion[r]! >= i) open++;
      if (open < needRegions) return;
    }

    const c = ranked[i]!;
    members.push(i);
    total += c.score;
    if (c.small) small++;
    else large++;
    if (c.familyDaycare) fds++;
    const hits = regionHits[c.region] ?? 0;
    regionHits[c.region] = hits + 1;
    if (hits === 0) distinct++;
    visit(i + 1, slots - 1);
    members.pop();
    total -= c.score;
    if (c.small) small--;
    else large--;
    if (c.familyDaycare) fds--;
    regionHits[c.region] = hits;
    if (hits === 0) distinct--;

    visit(i + 1, slots);
  };
  visit(0, capacity);
  return best;
}
