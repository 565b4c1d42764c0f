import type { AssessmentView } from '../../../shared/contracts/assessments.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, type FieldError } from '../../core/errors.js';
import * as repo from './repository.js';
import { scorable } from './save-assessment.js';
import { viewAssessment } from './view-assessment.js';
import type { Context } from '../../core/context.js';

/** Submits the assessor's assessment: every requirement marked, every criterion scored 1–5 and justified. */
export async function submitAssessment(ctx: Context, applicationId: string, version: number): Promise<AssessmentView> {
  const { tx, actor } = ctx;
  const { own, application } = await scorable(ctx, applicationId);
  if (own.version !== version) throw new AppError('version_conflict');
  const errors: FieldError[] = [];
  for (const { key } of application.requirements) {
    if (typeof own.requirements[key] !== 'boolean') {
      errors.push({ field: `requirements.${key}`, message: 'Angiv, om kravet er opfyldt' });
    }
  }
  for (const { key } of application.criteria) {
    const c = own.criteria[key];
    if (!c || c.score === null) errors.push({ field: `criteria.${key}.score`, message: 'Giv point fra 1 til 5' });
    if (!c || c.justification.trim() === '') {
      errors.push({ field: `criteria.${key}.justification`, message: 'Begrund pointene' });
    }
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', { detail: 'Bedømmelsen er ikke færdig.', errors });
  }
  if (!(await repo.updateOwn(tx, own.id, version, { status: 'submitted', submittedAt: ctx.now }, ctx.now))) {
    throw new AppError('version_conflict');
  }
  await writeAudit(tx, actor, {
    action: 'assessment.submit',
    entityType: 'assessment',
    entityId: own.id,
    details: { applicationId },
  });
  return viewAssessment(ctx, applicationId);
}
