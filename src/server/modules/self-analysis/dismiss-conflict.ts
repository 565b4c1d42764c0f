import { writeAudit } from '../../audit/write-audit.js';
import { forbidden, notFound } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { dismissConflictingEdit } from '../edit-conflicts/index.js';
import type { Context } from '../../core/context.js';

/** Puts a kept version away once someone has chosen (taking it over is an ordinary save first). */
export async function dismissSelfAnalysisConflict(ctx: Context, courseId: string, conflictId: string): Promise<void> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  if (!ctx.access.may('self_analysis.write', course)) throw forbidden();
  if (!(await dismissConflictingEdit(tx, 'self_analysis', courseId, conflictId))) throw notFound();
  await writeAudit(tx, actor, {
    action: 'self_analysis.conflict_dismissed',
    entityType: 'self_analysis',
    entityId: courseId,
    municipalityCode: course.municipalityCode,
    details: { conflictId },
  });
}
