import { writeAudit } from '../../audit/write-audit.js';
import { forbidden, notFound } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { dismissConflictingEdit } from '../edit-conflicts/index.js';
import type { Context } from '../../core/context.js';

/** Puts a kept edit of the course's change model away (after the user chose a version). */
export async function dismissConflict(ctx: Context, courseId: string, conflictId: string): Promise<void> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  if (!ctx.access.may('change_model.write', course)) throw forbidden();
  if (!(await dismissConflictingEdit(tx, 'change_model', courseId, conflictId))) throw notFound();
  await writeAudit(tx, actor, {
    action: 'change_model.conflict_dismissed',
    entityType: 'change_model',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: { conflictId },
  });
}
