import type { Application, ApplicationContent } from '../../../shared/contracts/applications.js';
import type { VersionConflict } from '../../../shared/contracts/edit-conflicts.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { dismissConflictingEdit, keepConflictingEdit } from '../edit-conflicts/index.js';
import { readApplication } from './read-applications.js';
import * as repo from './repository.js';
import { assertOwnInstitutions } from './validate-content.js';
import type { Context } from '../../core/context.js';
import { loadVisibleApplication } from './visible-application.js';

export type SaveResult =
  | { saved: true; application: Application }
  /** Kept in edit_conflicts; `conflict` is what the 409 carries so the client can merge (ADR 22). */
  | { saved: false; conflict: VersionConflict };

/**
 * Saves a draft (autosave sends the whole form). A save on top of a newer
 * version is not thrown away: it is kept as a conflict beside the current
 * version, and the caller answers 409 – after this transaction commits, so the
 * kept version survives. Drafts may be saved after the deadline; only
 * submission is refused then.
 */
export async function saveApplication(
  ctx: Context,
  id: string,
  input: { version: number; content: ApplicationContent },
): Promise<SaveResult> {
  const { tx, actor } = ctx;
  const row = await loadVisibleApplication(ctx, id);
  if (!ctx.access.may('application.edit', row)) throw forbidden();
  if (row.status !== 'draft') throw new AppError('application_submitted');
  await assertOwnInstitutions(tx, row.municipalityCode, input.content);
  if (await repo.updateApplication(tx, id, input.version, { content: input.content }, actor.userId, ctx.now)) {
    await writeAudit(tx, actor, {
      action: 'application.save',
      entityType: 'application',
      entityId: id,
      details: { fromVersion: input.version, changedFields: changedFields(row.content, input.content) },
    });
    return { saved: true, application: await readApplication(ctx, id) };
  }
  const conflictId = await keepConflictingEdit(tx, {
    courseId: null,
    kind: 'application',
    entityId: id,
    baseVersion: input.version,
    content: input.content,
    savedBy: actor.userId,
  });
  await writeAudit(tx, actor, {
    action: 'application.save_conflict',
    entityType: 'application',
    entityId: id,
    details: { baseVersion: input.version, currentVersion: row.version, conflictId },
  });
  return { saved: false, conflict: { id: conflictId, version: row.version, content: row.content } };
}

export async function dismissConflict(ctx: Context, id: string, conflictId: string): Promise<void> {
  const { tx, actor } = ctx;
  const row = await loadVisibleApplication(ctx, id);
  if (!ctx.access.may('application.edit', row)) throw forbidden();
  if (!(await dismissConflictingEdit(tx, 'application', id, conflictId))) throw notFound();
  await writeAudit(tx, actor, {
    action: 'application.conflict_dismissed',
    entityType: 'application',
    entityId: id,
    details: { conflictId },
  });
}

function changedFields(before: ApplicationContent, after: ApplicationContent): string[] {
  return (Object.keys(after) as (keyof ApplicationContent)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
