import type { ApplicationScore } from '../../../shared/contracts/assessments.js';
import type { RoundText } from '../../db/schema.js';
import type { AssessmentRow } from './repository.js';

interface ScoredApplication {
  applicationId: string;
  municipalityCode: string;
  municipalityName: string;
  regionName: string;
  population: number;
  familyDaycareShare: number | null;
}

/** Assessors disagree on a criterion when their scores lie this far apart or more. */
export const DISAGREEMENT_POINTS = 2;

/**
 * The score of one application from its assessments: for each criterion the
 * mean, lowest, highest and spread of the submitted scores (assessors with a
 * declared conflict count for nothing); the total is the sum of the means –
 * the score the selection uses. A requirement passes when every submitted
 * assessor marked it passed; the application is eligible when all pass.
 */
export function scoreApplication(
  app: ScoredApplication,
  round: { criteria: RoundText[]; requirements: RoundText[] },
  rows: AssessmentRow[],
  assessorsAssigned: number,
): ApplicationScore {
  const counted = rows.filter((r) => r.status === 'submitted' && r.conflict !== 'conflict');
  const criteria = round.criteria.map(({ key }) => {
    const scores = counted.map((r) => r.criteria[key]?.score).filter((s): s is number => typeof s === 'number');
    if (scores.length === 0) return { key, mean: null, min: null, max: null, spread: null, disagreement: false };
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    return { key, mean, min, max, spread: max - min, disagreement: max - min >= DISAGREEMENT_POINTS };
  });
  const requirements = Object.fromEntries(
    round.requirements.map(({ key }) => {
      const marks = counted.map((r) => r.requirements[key]).filter((m): m is boolean => typeof m === 'boolean');
      return [key, marks.length === 0 ? null : marks.every(Boolean)];
    }),
  );
  const means = criteria.map((c) => c.mean);
  return {
    ...app,
    total: means.every((m): m is number => m !== null) && means.length > 0 ? means.reduce((a, b) => a + b, 0) : null,
    criteria,
    requirements,
    eligible: Object.values(requirements).every((v) => v === true) && counted.length > 0,
    assessorsSubmitted: counted.length,
    assessorsAssigned,
    conflicts: rows.filter((r) => r.conflict === 'conflict').length,
    disagreement: criteria.some((c) => c.disagreement),
  };
}
