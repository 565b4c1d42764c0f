import type { AssessmentView, CriterionScore } from '../../../shared/contracts/assessments.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, type FieldError } from '../../core/errors.js';
import * as repo from './repository.js';
import { ownAssessment, viewAssessment } from './view-assessment.js';
import type { Context } from '../../core/context.js';

export interface AssessmentInput {
  version: number;
  requirements: Record<string, boolean | null>;
  criteria: Record<string, CriterionScore>;
}

/** Saves the assessor's draft scores. Scoring waits for the conflict declaration and is blocked by a conflict. */
export async function saveAssessment(
  ctx: Context,
  applicationId: string,
  input: AssessmentInput,
): Promise<AssessmentView> {
  const { tx, actor } = ctx;
  const { own, application } = await scorable(ctx, applicationId);
  assertKnownKeys(input, application);
  if (
    !(await repo.updateOwn(
      tx,
      own.id,
      input.version,
      { requirements: input.requirements, criteria: input.criteria },
      ctx.now,
    ))
  ) {
    throw new AppError('version_conflict');
  }
  await writeAudit(tx, actor, {
    action: 'assessment.save',
    entityType: 'assessment',
    entityId: own.id,
    details: { applicationId, fromVersion: input.version },
  });
  return viewAssessment(ctx, applicationId);
}

export async function scorable(ctx: Context, applicationId: string) {
  const found = await ownAssessment(ctx, applicationId);
  const { own } = found;
  if (own.status === 'submitted') throw new AppError('assessment_submitted');
  if (own.conflict === 'undeclared') throw new AppError('conflict_undeclared');
  if (own.conflict === 'conflict') throw new AppError('conflict_of_interest');
  // Publication is final: the scores behind the letters stay as they were.
  if (found.application.publishedAt) throw new AppError('decision_published');
  return found;
}

function assertKnownKeys(
  input: AssessmentInput,
  round: { criteria: { key: string }[]; requirements: { key: string }[] },
) {
  const errors: FieldError[] = [];
  const requirementKeys = new Set(round.requirements.map((r) => r.key));
  const criterionKeys = new Set(round.criteria.map((c) => c.key));
  for (const key of Object.keys(input.requirements)) {
    if (!requirementKeys.has(key))
      errors.push({ field: `requirements.${key}`, message: 'Kravet findes ikke i runden' });
  }
  for (const key of Object.keys(input.criteria)) {
    if (!criterionKeys.has(key)) errors.push({ field: `criteria.${key}`, message: 'Kriteriet findes ikke i runden' });
  }
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
}
