import type { ApplicationScore } from '../../../shared/contracts/assessments.js';
import type { RoundDecision, RoundSelectionResponse } from '../../../shared/contracts/decisions.js';
import type { SelectionApplicant, SelectionProposal } from '../../../shared/contracts/selection.js';
import type { Tx } from '../../db/client.js';
import { notFound } from '../../core/errors.js';
import { scoreRound } from '../assessments/index.js';
import { findRound } from '../rounds/index.js';
import { proposeSelection } from '../selection/index.js';
import * as repo from './repository.js';

/**
 * The selection on a live round: the submitted applications with their
 * scores (sum of the assessors' mean scores), eligibility (every requirement
 * passed), population and region from the municipality data, and the share
 * of family daycare from the application – fed to the same exact optimiser
 * as `indsats selection propose`.
 */
export async function liveSelection(
  tx: Tx,
  roundId: string,
): Promise<RoundSelectionResponse & { decisionRow: repo.DecisionRow | null; scores: ApplicationScore[] }> {
  const round = await findRound(tx, roundId, null);
  if (!round) throw notFound();
  const scores = await scoreRound(tx, roundId);
  const decisionRow = await repo.findDecision(tx, roundId);
  const applicants = scores.map((s) => ({
    id: s.municipalityCode,
    applicationId: s.applicationId,
    name: s.municipalityName,
    region: s.regionName,
    population: s.population,
    familyDaycareShare: (s.familyDaycareShare ?? 0) / 100,
    score: s.total ?? 0,
    eligible: s.eligible && s.total !== null,
    fullyAssessed: s.assessorsSubmitted + s.conflicts >= s.assessorsAssigned && s.assessorsSubmitted > 0,
  }));
  const proposal = proposeSelection({
    capacity: round.capacity,
    rules: round.balanceRules,
    applicants: applicants.map(
      ({ id, score, eligible, population, region, familyDaycareShare }): SelectionApplicant => ({
        id,
        score,
        eligible,
        population,
        region,
        familyDaycareShare,
      }),
    ),
  });
  // The optimiser knows only "eligible or not". An application no assessor has failed on a
  // requirement is not ineligible, only not assessed yet: it says so, not "opfylder ikke alle krav".
  for (const s of scores) {
    const failed = Object.values(s.requirements).some((mark) => mark === false);
    if (!(s.eligible && s.total !== null) && !failed) {
      proposal.explanations[s.municipalityCode] = { code: 'awaiting_assessment', params: {} };
    }
  }
  return {
    roundId,
    capacity: round.capacity,
    rules: round.balanceRules,
    applicants,
    proposal,
    decision: decisionRow ? presentDecision(decisionRow) : null,
    pendingAssessments: applicants.filter((a) => !a.fullyAssessed).length,
    decisionRow,
    scores,
  };
}

export function presentDecision(row: repo.DecisionRow): RoundDecision {
  const proposal = row.proposal as Partial<SelectionProposal>;
  return {
    selected: row.selected,
    waitlist: row.waitlist,
    overrideReason: row.overrideReason,
    letterReason: row.letterReason,
    differsFromProposal: !sameSet(row.selected, proposal.selected ?? []),
    decidedAt: row.decidedAt.toISOString(),
    decidedBy: row.decidedByName,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedByName,
    version: row.version,
  };
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
