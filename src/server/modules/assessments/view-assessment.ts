import type { Assessment, AssessmentView } from '../../../shared/contracts/assessments.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import { forbidden } from '../../core/errors.js';
import { loadVisibleApplication } from '../applications/access.js';
import * as repo from './repository.js';

/**
 * The assessor's own assessment of an application of their rounds (created on
 * first look) and – only once their own is submitted – the others' submitted ones.
 */
export async function viewAssessment(tx: Tx, actor: Actor, applicationId: string): Promise<AssessmentView> {
  const { own } = await ownAssessment(tx, actor, applicationId);
  const submitted = own.status === 'submitted';
  const others = submitted
    ? (await repo.assessmentsOf(tx, [applicationId])).filter((r) => r.assessorId !== actor.userId && r.status === 'submitted')
    : [];
  return { own: present(own), others: others.map(present), othersHidden: !submitted };
}

/** Loads (creating if needed) the actor's own assessment; 404 unless the application is one of their rounds'. */
export async function ownAssessment(tx: Tx, actor: Actor, applicationId: string) {
  if (actor.role !== 'assessor') throw forbidden();
  const application = await loadVisibleApplication(tx, actor, applicationId);
  await repo.ensureOwn(tx, applicationId, actor.userId);
  const own = await repo.findOwn(tx, applicationId, actor.userId);
  if (!own) throw new Error('assessment vanished after insert');
  return { own, application };
}

function present(row: repo.AssessmentRow): Assessment {
  return { ...row, submittedAt: row.submittedAt?.toISOString() ?? null };
}
