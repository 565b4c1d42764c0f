import type { TrialWithLogs, UpdateTrialRequest } from '../../../shared/contracts/trials.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden } from '../../core/errors.js';
import { loadVisibleTrial, readTrial } from './read-trials.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/** Changes a trial's text, who is responsible, or its status (open, completed, dropped – and back to open). */
export async function updateTrial(ctx: Context, id: string, input: UpdateTrialRequest): Promise<TrialWithLogs> {
  const { tx, actor } = ctx;
  const { trial, course } = await loadVisibleTrial(ctx, id);
  if (!ctx.access.may('trial.edit', { course, trial })) throw forbidden();
  const changes = {
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.responsible !== undefined ? { responsible: input.responsible } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
  };
  if (!(await repo.updateTrial(tx, id, input.version, changes, ctx.now))) throw new AppError('version_conflict');
  await writeAudit(tx, actor, {
    action: 'trial.update',
    entityType: 'trial',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: {
      courseId: course.id,
      changedFields: (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => changes[k] !== trial[k]),
    },
  });
  return readTrial(ctx, id);
}
