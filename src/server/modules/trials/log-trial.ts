import type { LogTrialRequest, TrialWithLogs } from '../../../shared/contracts/trials.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden, type FieldError } from '../../core/errors.js';
import { danishToday } from '../../time/danish-today.js';
import { agreedOn } from './present-trial.js';
import { loadVisibleTrial, readTrial } from './read-trials.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * Logs what was tried between meetings: the day, what was tried, what
 * happened, the reflection. The day lies between the day the trial was
 * agreed (present-trial.ts agreedOn) and today; a trial takes logs while it is open.
 */
export async function logTrial(ctx: Context, id: string, input: LogTrialRequest): Promise<TrialWithLogs> {
  const { tx, actor, now } = ctx;
  const { trial, course } = await loadVisibleTrial(ctx, id);
  if (!ctx.access.may('trial.work', { course: course, trial: trial })) throw forbidden();
  const errors: FieldError[] = [];
  if (trial.status !== 'open')
    errors.push({ field: 'status', message: 'Afprøvningen er afsluttet og kan ikke logges længere' });
  if (input.triedOn > danishToday(now)) errors.push({ field: 'triedOn', message: 'Datoen må ikke ligge i fremtiden' });
  else if (input.triedOn < agreedOn(trial))
    errors.push({ field: 'triedOn', message: 'Datoen må ikke ligge før afprøvningen blev aftalt' });
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
  await repo.insertLog(tx, {
    trialId: id,
    authorId: actor.userId,
    triedOn: input.triedOn,
    whatTried: input.whatTried,
    whatHappened: input.whatHappened,
    reflection: input.reflection,
    createdAt: now,
  });
  await writeAudit(tx, actor, {
    action: 'trial.log',
    entityType: 'trial',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: { courseId: course.id, trialId: id, triedOn: input.triedOn },
  });
  return readTrial(ctx, id);
}
