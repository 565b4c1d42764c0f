import { isApiError } from '../../api/client.js';
import type { AgencyMessages } from '../../i18n/agency.da.js';
import type { LiveApplicant, RoundSelectionResponse } from './api.js';
import type { SummaryItem } from '../../components/ErrorSummary.js';

export interface DecisionValues {
  selected: string[];
  waitlist: string[];
  reason: string;
  /** What the municipalities whose placement departs from the proposal read in their letter. */
  letterReason: string;
}

export const decisionIds = {
  selected: (id: string) => `decision-selected-${id}`,
  waitlistAdd: 'decision-waitlist-add',
  waitlistItem: (id: string) => `decision-waitlist-${id}`,
  reason: 'decision-reason',
  letterReason: 'decision-letter-reason',
};

/** The saved decision, or else the proposal (when it can be met) with an empty waitlist. */
export function initialDecision(selection: RoundSelectionResponse): DecisionValues {
  const d = selection.decision;
  if (d)
    return {
      selected: [...d.selected],
      waitlist: [...d.waitlist],
      reason: d.overrideReason ?? '',
      letterReason: d.letterReason ?? '',
    };
  return {
    selected: selection.proposal.feasible ? [...selection.proposal.selected] : [],
    waitlist: [],
    reason: '',
    letterReason: '',
  };
}

export function differsFromProposal(selected: string[], selection: RoundSelectionResponse): boolean {
  const proposed = new Set(selection.proposal.selected);
  return selected.length !== proposed.size || selected.some((id) => !proposed.has(id));
}

/** Best score first, then by name. */
export function byScore(applicants: LiveApplicant[], locale: string): LiveApplicant[] {
  return [...applicants].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, locale));
}

/** What must be fixed before the decision is sent: too many selected, or a missing reason for a deviation. */
export function localProblems(
  values: DecisionValues,
  selection: RoundSelectionResponse,
  firstId: string,
  d: AgencyMessages['decision'],
): SummaryItem[] {
  const problems: SummaryItem[] = [];
  if (values.selected.length > selection.capacity) {
    problems.push({
      target: decisionIds.selected(firstId),
      label: d.selectedLegend,
      message: d.overCapacity(selection.capacity),
    });
  }
  if (differsFromProposal(values.selected, selection) && !values.reason.trim()) {
    problems.push({ target: decisionIds.reason, label: d.reason, message: d.reasonMissing });
  }
  if (differsFromProposal(values.selected, selection) && !values.letterReason.trim()) {
    problems.push({ target: decisionIds.letterReason, label: d.letterReason, message: d.letterReasonMissing });
  }
  return problems;
}

/** The server's field errors on a decision as summary links: `selected.<i>` and `waitlist.<i>` point at that municipality. */
export function serverProblems(
  error: unknown,
  values: DecisionValues,
  firstId: string,
  d: AgencyMessages['decision'],
): SummaryItem[] {
  if (!isApiError(error)) return [];
  return error.fieldErrors.map((fe) => {
    const [field, index] = fe.field.split('.');
    const code =
      index === undefined
        ? undefined
        : field === 'waitlist'
          ? values.waitlist[Number(index)]
          : values.selected[Number(index)];
    if (field === 'reason') return { target: decisionIds.reason, label: d.reason, message: fe.message };
    if (field === 'letterReason')
      return { target: decisionIds.letterReason, label: d.letterReason, message: fe.message };
    if (field === 'waitlist')
      return {
        target: code ? decisionIds.waitlistItem(code) : decisionIds.waitlistAdd,
        label: d.waitlistHeading,
        message: fe.message,
      };
    return { target: decisionIds.selected(code ?? firstId), label: d.selectedLegend, message: fe.message };
  });
}
