import type { Outcome } from '../../../shared/contracts/applications.js';
import type { SelectionProposal } from '../../../shared/contracts/selection.js';

/**
 * The sentence a municipality gets with its outcome. It follows the decision
 * that was published, not merely the proposal: where the admin departed from
 * the proposal, the recorded reason is what explains it.
 */
export function explainDecision(
  code: string,
  outcome: Outcome,
  decision: {
    selected: string[];
    waitlist: string[];
    overrideReason: string | null;
    proposal: Partial<SelectionProposal>;
  },
): string {
  const proposed = decision.proposal.selected ?? [];
  const sentence = decision.proposal.explanations?.[code] ?? '';
  const reason = decision.overrideReason ? ` Begrundelse: ${decision.overrideReason}` : '';
  switch (outcome) {
    case 'approved':
      return proposed.includes(code)
        ? sentence
        : `Valgt af Socialstyrelsen ved en samlet vurdering, som afviger fra forslaget.${reason}`;
    case 'waitlisted': {
      const place = decision.waitlist.indexOf(code) + 1;
      const why = proposed.includes(code)
        ? `Socialstyrelsen har ved en samlet vurdering valgt andre kommuner.${reason}`
        : sentence;
      return `På venteliste som nr. ${place}. ${why}`.trim();
    }
    case 'rejected':
      return proposed.includes(code)
        ? `Ikke valgt: Socialstyrelsen har ved en samlet vurdering valgt andre kommuner.${reason}`
        : sentence;
  }
}
