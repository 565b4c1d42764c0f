import type { AssessmentView } from '../../../shared/contracts/assessments.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import * as repo from './repository.js';
import { ownAssessment, viewAssessment } from './view-assessment.js';

/** The assessor declares whether they have a conflict of interest; a conflict blocks their scoring. */
export async function declareConflict(
  tx: Tx,
  actor: Actor,
  applicationId: string,
  input: { hasConflict: boolean; note: string },
): Promise<AssessmentView> {
  const { own } = await ownAssessment(tx, actor, applicationId);
  if (own.status === 'submitted') throw new AppError('assessment_submitted');
  // A declared conflict is final for the assessor: otherwise it would be a switch, not a safeguard.
  if (own.conflict === 'conflict' && !input.hasConflict) throw new AppError('conflict_declared');
  await repo.updateOwn(tx, own.id, null, {
    conflict: input.hasConflict ? 'conflict' : 'none',
    conflictNote: input.hasConflict ? input.note : '',
    declaredAt: new Date(),
  });
  await writeAudit(tx, actor, {
    action: 'assessment.conflict_declared',
    entityType: 'assessment',
    entityId: own.id,
    details: { applicationId, hasConflict: input.hasConflict },
  });
  return viewAssessment(tx, actor, applicationId);
}
