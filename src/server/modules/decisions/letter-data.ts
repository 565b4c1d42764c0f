import type { Outcome } from '../../../shared/contracts/applications.js';
import type { SelectionRules } from '../../../shared/contracts/selection.js';
import type { LetterSettings } from '../../config.js';
import type { Tx } from '../../db/client.js';
import type { DecisionLetterData } from '../../documents/index.js';
import type { ApplicationRow } from '../applications/index.js';
import { scoreRound } from '../assessments/index.js';
import { findRound } from '../rounds/index.js';
import { decisionReason } from './decision-reason.js';

/** What of a stored (or to be published) decision the letters read. */
export interface LetterDecision {
  selected: string[];
  waitlist: string[];
  letterReason: string | null;
  proposal: Record<string, unknown>;
}

/** The outcome a decision gives a submitted application. */
export function outcomeIn(decision: LetterDecision, code: string): Outcome {
  if (decision.selected.includes(code)) return 'approved';
  return decision.waitlist.includes(code) ? 'waitlisted' : 'rejected';
}

/**
 * The letters' data for some of a round's submitted applications, from one read
 * of the round and its scores: the published letters and the preview before
 * publication are made by the same code, so what the admin previews is what is sent.
 */
export async function letterDataFor(
  tx: Tx,
  roundId: string,
  apps: ApplicationRow[],
  decision: LetterDecision,
  meta: { publishedAt: Date; signerName: string; settings: LetterSettings },
): Promise<Map<string, DecisionLetterData>> {
  const round = await findRound(tx, roundId, null);
  if (!round) throw new Error(`round ${roundId} is missing`);
  const scores = await scoreRound(tx, roundId);
  const facts = {
    capacity: round.capacity,
    applicants: scores.length,
    rules: round.balanceRules as SelectionRules,
    requirements: round.requirements.map((r) => r.text),
  };
  const result = new Map<string, DecisionLetterData>();
  for (const app of apps) {
    const outcome = outcomeIn(decision, app.municipalityCode);
    const score = scores.find((s) => s.applicationId === app.id);
    const position = decision.waitlist.indexOf(app.municipalityCode);
    result.set(app.id, {
      applicationId: app.id,
      caseNumber: app.caseNumber ?? app.id,
      outcome,
      waitlistPosition: outcome === 'waitlisted' && position >= 0 ? position + 1 : null,
      round: {
        name: round.name,
        courseStart: round.courseStart,
        courseEnd: round.courseEnd,
        capacity: round.capacity,
        applicants: scores.length,
      },
      municipalityName: app.municipalityName,
      recipientName: app.content.contactName || 'tovholderen',
      publishedAt: meta.publishedAt,
      reason: decisionReason({
        code: app.municipalityCode,
        outcome,
        decision: {
          selected: decision.selected,
          letterReason: decision.letterReason,
          proposal: decision.proposal,
        },
        round: facts,
      }),
      total: score?.total ?? null,
      criteria: round.criteria.map((c) => ({
        text: c.text,
        mean: score?.criteria.find((s) => s.key === c.key)?.mean ?? null,
      })),
      requirementsMet: score?.eligible ?? false,
      signerName: meta.signerName,
      contact: meta.settings.contact,
      complaints: meta.settings.complaints,
    });
  }
  return result;
}
