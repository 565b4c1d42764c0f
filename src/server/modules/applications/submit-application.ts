import type { Application } from '../../../shared/contracts/applications.js';
import { writeAudit } from '../../audit/write-audit.js';
import { publish } from '../../core/events.js';
import { AppError, forbidden } from '../../core/errors.js';
import { openConflictingEdits } from '../edit-conflicts/index.js';
import { CHECKLIST_LABELS, checklistOf } from './checklist.js';
import { readApplication } from './read-applications.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { loadVisibleApplication } from './visible-application.js';

/**
 * Submits a complete draft before the deadline (checked here, on the server's
 * clock). A refused submission changes nothing: the draft stays as it was.
 */
export async function submitApplication(ctx: Context, id: string, version: number): Promise<Application> {
  const { tx, actor, now } = ctx;
  const row = await loadVisibleApplication(ctx, id);
  if (!ctx.access.may('application.edit', row)) throw forbidden();
  if (row.status !== 'draft') throw new AppError('application_submitted');
  if (row.deadline <= now) throw new AppError('deadline_passed');
  if (row.version !== version) throw new AppError('version_conflict');
  if ((await openConflictingEdits(tx, 'application', id, 1)).length > 0) throw new AppError('open_conflicts');
  const missing = checklistOf(row.content, row.directorFileId !== null).filter((item) => !item.done);
  if (missing.length > 0) {
    throw new AppError('validation_failed', {
      detail: 'Ansøgningen mangler noget, før den kan indsendes.',
      errors: missing.map((item) => ({ field: item.key, message: `Mangler: ${CHECKLIST_LABELS[item.key]}` })),
    });
  }
  const changes = { status: 'submitted' as const, submittedAt: now, submittedBy: actor.userId };
  if (!(await repo.updateApplication(tx, id, version, changes, actor.userId, now)))
    throw new AppError('version_conflict');
  await publish(tx, 'application.submitted', {
    applicationId: id,
    roundName: row.roundName,
    municipalityName: row.municipalityName,
    submittedBy: { userId: actor.userId, name: actor.name, email: actor.email },
    contactEmail: row.content.contactEmail,
    at: now,
  });
  await writeAudit(tx, actor, {
    action: 'application.submit',
    entityType: 'application',
    entityId: id,
    details: { version: version + 1 },
  });
  return readApplication(ctx, id);
}
