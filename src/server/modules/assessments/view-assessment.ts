import type { Assessment, AssessmentView } from '../../../shared/contracts/assessments.js';
import { forbidden } from '../../core/errors.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { loadVisibleApplication } from '../applications/index.js';

/**
 * The assessor's own assessment of an application of their rounds (created on
 * first look) and – only once their own is submitted – the others' submitted ones.
 */
export async function viewAssessment(ctx: Context, applicationId: string): Promise<AssessmentView> {
  const { tx, actor } = ctx;
  const { own } = await ownAssessment(ctx, applicationId);
  const submitted = own.status === 'submitted';
  const others = submitted
    ? (await repo.assessmentsOf(tx, [applicationId])).filter(
        (r) => r.assessorId !== actor.userId && r.status === 'submitted',
      )
    : [];
  return { own: present(own), others: others.map(present), othersHidden: !submitted };
}

/** Loads (creating if needed) the actor's own assessment; 404 unless the application is one of their rounds'. */
export async function ownAssessment(ctx: Context, applicationId: string) {
  const { tx, actor } = ctx;
  const application = await loadVisibleApplication(ctx, applicationId);
  if (!ctx.access.may('application.assess', application)) throw forbidden();
  await repo.ensureOwn(tx, applicationId, actor.userId);
  const own = await repo.findOwn(tx, applicationId, actor.userId);
  if (!own) throw new Error('assessment vanished after insert');
  return { own, application };
}

function present(row: repo.AssessmentRow): Assessment {
  return { ...row, submittedAt: row.submittedAt?.toISOString() ?? null };
}
