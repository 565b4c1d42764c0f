import {
  EMPTY_CHANGE_MODEL,
  ITEM_SECTIONS,
  TEXT_SECTIONS,
  type ChangeModel,
  type ChangeModelContent,
  type KeptChangeModel,
} from '../../../shared/contracts/change-model.js';
import type { VersionConflict } from '../../../shared/contracts/edit-conflicts.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { keepConflictingEdit } from '../edit-conflicts/index.js';
import { readChangeModel } from './read-change-model.js';
import * as repo from './repository.js';
import { parseStoredContent } from './stored-content.js';
import { assertContentValid } from './validate-content.js';
import type { Context } from '../../core/context.js';

export type SaveResult =
  | { saved: true; model: ChangeModel }
  /** Kept in edit_conflicts; `conflict` is what the 409 carries so the client can merge (ADR 22). */
  | { saved: false; conflict: VersionConflict };

/**
 * Saves the model as a new version on top of `baseVersion`. When someone
 * saved first (the base is no longer current, or a concurrent save took the
 * next number – the unique (course, version) decides), the save is not thrown
 * away: it is kept as an edit beside the current version, and the route
 * answers 409 after this transaction commits, so the kept edit survives.
 */
export async function saveChangeModel(
  ctx: Context,
  courseId: string,
  input: { baseVersion: number; content: ChangeModelContent; note: string },
): Promise<SaveResult> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  if (!ctx.access.may('change_model.write', course)) throw forbidden();
  assertContentValid(input.content);
  const current = await repo.currentVersion(tx, courseId);
  const currentVersion = current?.version ?? 0;
  if (input.baseVersion > currentVersion) {
    throw new AppError('validation_failed', {
      errors: [{ field: 'baseVersion', message: `Versionen findes ikke; den nyeste er ${currentVersion}` }],
    });
  }
  const version = input.baseVersion + 1;
  const inserted =
    input.baseVersion === currentVersion &&
    (await repo.insertVersion(tx, {
      courseId,
      version,
      content: input.content,
      note: input.note,
      savedBy: actor.userId,
    }));
  if (inserted) {
    const before = current ? parseStoredContent(current.content) : EMPTY_CHANGE_MODEL;
    await writeAudit(tx, actor, {
      action: 'change_model.save',
      entityType: 'change_model',
      entityId: courseId,
      municipalityCode: course.municipalityCode,
      details: { version, changedFields: changedSections(before, input.content) },
    });
    return { saved: true, model: await readChangeModel(ctx, courseId) };
  }
  // A stale base, or a concurrent save that took the next number first.
  const savedFirst = input.baseVersion === currentVersion ? version : currentVersion;
  const kept: KeptChangeModel = { model: input.content, note: input.note };
  const conflictId = await keepConflictingEdit(tx, {
    courseId,
    kind: 'change_model',
    entityId: courseId,
    baseVersion: input.baseVersion,
    content: kept,
    savedBy: actor.userId,
  });
  await writeAudit(tx, actor, {
    action: 'change_model.save_conflict',
    entityType: 'change_model',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: { baseVersion: input.baseVersion, currentVersion: savedFirst, conflictId },
  });
  // The version saved first; when a concurrent save took the next number, read it (this transaction sees it once committed).
  const latest = savedFirst === currentVersion ? current : await repo.currentVersion(tx, courseId);
  const content = latest ? parseStoredContent(latest.content) : EMPTY_CHANGE_MODEL;
  return { saved: false, conflict: { id: conflictId, version: latest?.version ?? savedFirst, content } };
}

/** The sections whose content differs from the previous version (from an empty model for the first). */
function changedSections(before: ChangeModelContent, after: ChangeModelContent): string[] {
  const sections = [...TEXT_SECTIONS, ...ITEM_SECTIONS, 'indicators'] as const;
  return sections.filter((s) => JSON.stringify(before[s]) !== JSON.stringify(after[s]));
}
