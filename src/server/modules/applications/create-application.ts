import {
  EMPTY_APPLICATION,
  type Application,
  type ApplicationContent,
} from '../../../shared/contracts/applications.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { findRound } from '../rounds/index.js';
import { readApplication } from './read-applications.js';
import * as repo from './repository.js';
import { assertOwnInstitutions } from './validate-content.js';
import type { Context } from '../../core/context.js';

/** A coordinator starts their municipality's application in an open round (one per municipality per round). */
export async function createApplication(
  ctx: Context,
  roundId: string,
  content: ApplicationContent = EMPTY_APPLICATION,
): Promise<Application> {
  const { tx, actor, now } = ctx;
  const municipalityCode = actor.municipalityCode;
  if (!ctx.access.may('application.start', { roundId }) || !municipalityCode) throw forbidden();
  const round = await findRound(tx, roundId, null);
  if (!round) throw notFound();
  if (round.deadline <= now)
    throw new AppError('deadline_passed', { detail: 'Ansøgningsfristen for runden er overskredet.' });
  await assertOwnInstitutions(tx, municipalityCode, content);
  const id = await repo.insertApplication(tx, { roundId, municipalityCode, content, userId: actor.userId });
  if (!id) throw new AppError('application_exists');
  await writeAudit(tx, actor, {
    action: 'application.create',
    entityType: 'application',
    entityId: id,
    details: { roundId },
  });
  return readApplication(ctx, id);
}
