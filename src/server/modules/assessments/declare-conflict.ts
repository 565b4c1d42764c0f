import type { AssessmentView } from '../../../shared/contracts/assessments.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError } from '../../core/errors.js';
import * as repo from './repository.js';
import { ownAssessment, viewAssessment } from './view-assessment.js';
import type { Context } from '../../core/context.js';

/** The assessor declares whether they have a conflict of interest; a conflict blocks their scoring. */
export async function declareConflict(
  ctx: Context,
  applicationId: string,
  input: { hasConflict: boolean; note: string },
): Promise<AssessmentView> {
  const { tx, actor } = ctx;
  const { own } = await ownAssessment(ctx, applicationId);
  if (own.status === 'submitted') throw new AppError('assessment_submitted');
  // A declared conflict is final for the assessor: otherwise it would be a switch, not a safeguard.
  if (own.conflict === 'conflict' && !input.hasConflict) throw new AppError('conflict_declared');
  await repo.updateOwn(
    tx,
    own.id,
    null,
    {
      conflict: input.hasConflict ? 'conflict' : 'none',
      conflictNote: input.hasConflict ? input.note : '',
      declaredAt: ctx.now,
    },
    ctx.now,
  );
  await writeAudit(tx, actor, {
    action: 'assessment.conflict_declared',
    entityType: 'assessment',
    entityId: own.id,
    details: { applicationId, hasConflict: input.hasConflict },
  });
  return viewAssessment(ctx, applicationId);
}
