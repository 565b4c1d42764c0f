import type { Outcome } from '../../../shared/contracts/applications.js';
import { word } from '../../../shared/contracts/messages.js';
import { SelectionMessage } from '../../../shared/contracts/selection.js';
import { selectionMessagesDa } from '../../../shared/wording/selection.da.js';

/** The proposal's explanation in Danish: a message code (or, in decisions stored before codes, the sentence itself). */
function storedExplanation(stored: unknown): string {
  if (typeof stored === 'string') return stored;
  const parsed = SelectionMessage.safeParse(stored);
  return parsed.success ? word(selectionMessagesDa, parsed.data) : '';
}

/**
 * The sentence a municipality gets with its outcome (Danish, as the decision letter that quotes it). It follows the decision
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
    /** As stored with the decision: explanations are message codes, or sentences in decisions made before codes. */
    proposal: { selected?: string[]; explanations?: Record<string, unknown> };
  },
): string {
  const proposed = decision.proposal.selected ?? [];
  const sentence = storedExplanation(decision.proposal.explanations?.[code]);
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
