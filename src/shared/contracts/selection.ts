import { z } from 'zod';
import { message } from './messages.js';
import { OpaqueKey } from './text.js';

/**
 * Input of the balanced-selection optimiser (issue 3): the web page and
 * `indsats selection propose` share it. Every rule is optional.
 */
export const SelectionRules = z
  .strictObject({
    smallPopulationBelow: z.number().int().positive().optional(),
    minSmall: z.number().int().min(0).optional(),
    minLarge: z.number().int().min(0).optional(),
    minRegions: z.number().int().min(0).optional(),
    familyDaycareShareAtLeast: z
      .number()
      .min(0, 'Andelen skal være mellem 0 og 100 %')
      .max(1, 'Andelen skal være mellem 0 og 100 %')
      .optional(),
    minFamilyDaycare: z.number().int().min(0).optional(),
  })
  .superRefine((rules, ctx) => {
    if ((rules.minSmall !== undefined || rules.minLarge !== undefined) && rules.smallPopulationBelow === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['smallPopulationBelow'],
        message: 'Angiv grænsen for en lille kommune, når der er regler om små eller store kommuner',
      });
    }
    if ((rules.minFamilyDaycare === undefined) !== (rules.familyDaycareShareAtLeast === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [rules.minFamilyDaycare === undefined ? 'minFamilyDaycare' : 'familyDaycareShareAtLeast'],
        message:
          'Reglen om dagpleje kræver både et mindste antal kommuner med dagpleje og den andel i dagpleje, de skal have',
      });
    }
  });
export type SelectionRules = z.infer<typeof SelectionRules>;

export const SelectionApplicant = z.strictObject({
  id: OpaqueKey(100).min(1),
  score: z.number().finite(),
  eligible: z.boolean(),
  population: z.number().int().min(0),
  region: OpaqueKey(100).min(1),
  familyDaycareShare: z.number().min(0).max(1),
});
export type SelectionApplicant = z.infer<typeof SelectionApplicant>;

export const SelectionInput = z
  .strictObject({
    capacity: z.number().int().min(1).max(100),
    rules: SelectionRules.default({}),
    applicants: z.array(SelectionApplicant).max(1000),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.applicants.forEach((a, i) => {
      if (seen.has(a.id)) {
        ctx.addIssue({ code: 'custom', path: ['applicants', i, 'id'], message: `Id'et ${a.id} står der to gange` });
      }
      seen.add(a.id);
    });
  });
export type SelectionInput = z.infer<typeof SelectionInput>;

export const RULE_KEYS = ['minSmall', 'minLarge', 'minRegions', 'minFamilyDaycare'] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

/** Why the balanced selection chose an applicant or not, and why there is no selection (selection/propose-selection.ts). */
const Rule = z.strictObject({ rule: z.enum(RULE_KEYS), count: z.number().int() });
export const SelectionMessage = z.discriminatedUnion('code', [
  /** No selection of at most `capacity` can meet these rule combinations (each combination: its rules). */
  message('no_selection', { capacity: z.number().int(), blocking: z.array(z.array(Rule)) }),
  message('not_eligible', {}),
  message('no_proposal', {}),
  message('chosen_top', { score: z.number() }),
  message('chosen_for_rules', { score: z.number(), rules: z.array(Rule) }),
  message('chosen_for_total', { score: z.number() }),
  message('not_chosen_rules', { score: z.number() }),
  message('not_chosen_total', { score: z.number() }),
  message('not_chosen_score', { score: z.number(), capacity: z.number().int() }),
  /** Not (yet) eligible only because assessors have not scored or marked it: no verdict exists yet (live rounds). */
  message('awaiting_assessment', {}),
]);
export type SelectionMessage = z.infer<typeof SelectionMessage>;

export const SelectionProposal = z.object({
  feasible: z.boolean(),
  selected: z.array(z.string()),
  totalScore: z.number(),
  unconstrained: z.object({ selected: z.array(z.string()), totalScore: z.number() }),
  ruleCosts: z.partialRecord(z.enum(RULE_KEYS), z.number()),
  explanations: z.record(z.string(), SelectionMessage),
  reason: SelectionMessage.optional(),
});
export type SelectionProposal = z.infer<typeof SelectionProposal>;
