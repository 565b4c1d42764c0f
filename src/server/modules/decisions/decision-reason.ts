import type { Outcome } from '../../../shared/contracts/applications.js';
import { SelectionMessage, type RuleKey, type SelectionRules } from '../../../shared/contracts/selection.js';

/**
 * The reason a municipality reads for its outcome, in plain Danish (issue 11,
 * point 3): built from the criteria, the requirements and the round's rules
 * for the composition that decided the case – never the optimiser's wording,
 * and never the admin's internal justification. Where the published decision
 * departs from the proposal, the text the admin wrote for the letter
 * (`letterReason`, "kommer med i brevet") is what explains it.
 */
export interface ReasonInput {
  code: string;
  outcome: Outcome;
  decision: {
    selected: string[];
    letterReason: string | null;
    /** As stored with the decision: explanations are message codes (or sentences in decisions made before codes). */
    proposal: { selected?: string[]; explanations?: Record<string, unknown> };
  };
  round: { capacity: number; applicants: number; rules: SelectionRules; requirements: string[] };
}

const atLeast = (n: number) => (n === 1 ? 'mindst én kommune' : `mindst ${n} kommuner`);
const number = (n: number) => n.toLocaleString('da-DK');

/** One of the round's rules for the composition in words, with its thresholds. */
export function ruleInWords(rule: RuleKey, n: number, rules: SelectionRules): string {
  const below = number(rules.smallPopulationBelow ?? 0);
  switch (rule) {
    case 'minSmall':
      return `${atLeast(n)} med under ${below} indbyggere`;
    case 'minLarge':
      return `${atLeast(n)} med ${below} indbyggere eller flere`;
    case 'minRegions':
      return n === 1 ? 'kommuner fra mindst én region' : `kommuner fra mindst ${n} forskellige regioner`;
    case 'minFamilyDaycare': {
      const share = Math.round((rules.familyDaycareShareAtLeast ?? 0) * 100);
      return `${atLeast(n)}, hvor mindst ${share} % af børnene i dagtilbud går i dagpleje`;
    }
  }
}

/** All of the round's rules for the composition in words ('' when it has none). */
export function rulesInWords(rules: SelectionRules): string {
  const parts = (['minSmall', 'minLarge', 'minRegions', 'minFamilyDaycare'] as const)
    .filter((key) => (rules[key] ?? 0) > 0)
    .map((key) => ruleInWords(key, rules[key] ?? 0, rules));
  return joinAnd(parts);
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts.at(-1) ?? ''}`;
}

const ELIGIBLE = 'Ansøgningen opfylder kravene for at deltage.';

function compositionClause(rules: SelectionRules): string {
  const words = rulesInWords(rules);
  return words ? `rundens regler for sammensætningen: ${words}` : 'rundens regler for sammensætningen';
}

/** The reason when the outcome follows the proposal: from the optimiser's code for this municipality. */
function fromProposal(message: SelectionMessage | null, input: ReasonInput): string {
  const { round } = input;
  if (!message)
    return 'Socialstyrelsen har udvalgt kommunerne ud fra kriterierne og rundens regler for sammensætningen.';
  switch (message.code) {
    case 'chosen_top':
      return `${ELIGIBLE} Den er blandt de ansøgninger, der er vurderet højest på kriterierne, og har derfor fået en af rundens ${round.capacity} pladser.`;
    case 'chosen_for_rules':
      return (
        `${ELIGIBLE} Den er ikke blandt de højest vurderede på kriterierne alene, men er valgt, fordi udvælgelsen ` +
        `efter rundens regler skal omfatte ${joinAnd(message.params.rules.map((r) => ruleInWords(r.rule, r.count, round.rules)))}, ` +
        'og kommunen er med til at opfylde det.'
      );
    case 'chosen_for_total':
      return `${ELIGIBLE} Kommunen er valgt, fordi den sammen med de øvrige valgte kommuner giver den højeste samlede vurdering på kriterierne, der samtidig opfylder ${compositionClause(round.rules)}.`;
    case 'not_eligible':
      return (
        'Ansøgningen opfylder ikke alle kravene for at deltage og kan derfor ikke komme i betragtning. Kravene er: ' +
        `${round.requirements.map((r) => r.replace(/\.$/, '')).join('; ')}.`
      );
    case 'awaiting_assessment':
      return 'Ansøgningen var ikke bedømt på kriterierne, da Socialstyrelsen traf afgørelsen, og kunne derfor ikke få en plads ud fra bedømmelsen.';
    case 'not_chosen_score':
      return `${ELIGIBLE} Der kom ${round.applicants} ansøgninger til rundens ${round.capacity} pladser, og andre ansøgninger er vurderet højere på kriterierne.`;
    case 'not_chosen_rules':
      return `${ELIGIBLE} Den er vurderet højt nok på kriterierne til en plads, men udvælgelsen skal opfylde ${compositionClause(round.rules)}, og det kan kun lade sig gøre med en anden sammensætning af kommuner.`;
    case 'not_chosen_total':
      return `${ELIGIBLE} Den er vurderet højere end mindst én af de valgte kommuner, men ingen sammensætning med kommunen giver en lige så høj samlet vurdering og opfylder samtidig ${compositionClause(round.rules)}.`;
    case 'no_proposal':
    case 'no_selection':
      return `${compositionClause(round.rules).replace(/^r/, 'R')} kunne ikke opfyldes med de ansøgninger, der opfylder kravene, og Socialstyrelsen har derfor udvalgt kommunerne ved en samlet vurdering.`;
  }
}

export function decisionReason(input: ReasonInput): string {
  const { code, outcome, decision } = input;
  const proposed = (decision.proposal.selected ?? []).includes(code);
  const parsed = SelectionMessage.safeParse(decision.proposal.explanations?.[code]);
  const message = parsed.success ? parsed.data : null;
  const departure = decision.letterReason?.trim() ? ` ${decision.letterReason.trim().replace(/([^.!?])$/, '$1.')}` : '';
  if (outcome === 'approved' && !proposed)
    return (
      `${ELIGIBLE} Socialstyrelsen har valgt kommunen ved en samlet vurdering, der afviger fra den udvælgelse, ` +
      `som følger af vurderingen på kriterierne og rundens regler for sammensætningen.${departure}`
    );
  if (outcome !== 'approved' && proposed)
    return (
      `${ELIGIBLE} Kommunen var med i den udvælgelse, der følger af vurderingen på kriterierne og rundens regler for ` +
      `sammensætningen, men Socialstyrelsen har ved en samlet vurdering valgt en anden sammensætning af kommuner.${departure}`
    );
  return fromProposal(message, input);
}
