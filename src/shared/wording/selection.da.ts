import type { Wording } from '../contracts/messages.js';
import type { RuleKey, SelectionMessage } from '../contracts/selection.js';

/**
 * The Danish wording of the selection's messages. It lives here, not only in
 * the web client, because the decision letters (Danish by design) quote the
 * proposal's explanation; web/src/i18n/agency.da.ts uses the same wording.
 */

const RULE_NAMES: Record<RuleKey, (n: number) => string> = {
  minSmall: (n) => (n === 1 ? 'mindst 1 lille kommune' : `mindst ${n} små kommuner`),
  minLarge: (n) => (n === 1 ? 'mindst 1 stor kommune' : `mindst ${n} store kommuner`),
  minRegions: (n) => (n === 1 ? 'mindst 1 region' : `mindst ${n} forskellige regioner`),
  minFamilyDaycare: (n) =>
    n === 1
      ? 'mindst 1 kommune med en høj andel børn i dagpleje'
      : `mindst ${n} kommuner med en høj andel børn i dagpleje`,
};

const score = (x: number) => x.toLocaleString('da-DK', { maximumFractionDigits: 2 });
const NOT_ELIGIBLE = 'Ikke valgt: ansøgningen opfylder ikke alle krav og kan ikke komme i betragtning.';

export const selectionMessagesDa: Wording<SelectionMessage> = {
  no_selection: ({ capacity, blocking }) => {
    const named = blocking.map((set) => set.map((r) => RULE_NAMES[r.rule](r.count)).join(' sammen med '));
    return `Ingen udvælgelse af højst ${capacity} støtteberettigede kommuner kan opfylde ${named.join('; heller ikke ')}.`;
  },
  not_eligible: () => NOT_ELIGIBLE,
  no_proposal: () =>
    'Ikke valgt: balancereglerne kan ikke opfyldes med de støtteberettigede ansøgere, så der er intet forslag.',
  chosen_top: (p) => `Valgt: blandt de højest scorende ansøgere (score ${score(p.score)}).`,
  chosen_for_rules: (p) =>
    `Valgt for at opfylde balancereglen om ${p.rules.map((r) => RULE_NAMES[r.rule](r.count)).join(' og ')} (score ${score(p.score)}), selv om den ikke er blandt de højest scorende.`,
  chosen_for_total: (p) =>
    `Valgt: giver sammen med de øvrige valgte den højeste samlede score, der opfylder balancereglerne (score ${score(p.score)}).`,
  not_chosen_rules: (p) =>
    `Ikke valgt: ville være med på score alene (${score(p.score)}), men balancereglerne kræver en anden sammensætning.`,
  not_chosen_total: (p) =>
    `Ikke valgt: scoren ${score(p.score)} er højere end en valgt kommunes, men ingen udvælgelse med den giver en højere samlet score inden for balancereglerne.`,
  not_chosen_score: (p) => `Ikke valgt: scoren ${score(p.score)} er ikke høj nok til en af de ${p.capacity} pladser.`,
  awaiting_assessment: () => 'Afventer bedømmelse',
};
